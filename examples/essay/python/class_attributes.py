# "Python's object model is secretly prototypical": class attributes are shared
# fallbacks, not per-object defaults.
class Foo:
    values = []

    def add_value(self, value):
        self.values.append(value)

a = Foo()
b = Foo()
a.add_value('a')
print(a.values)  # ['a']
b.add_value('b')
print(b.values)  # ['a', 'b']
print(vars(a), vars(b))  # the objects themselves know nothing about `values`
