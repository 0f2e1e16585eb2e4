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
print(vars(a), vars(b))
print('values' in vars(a), 'values' in vars(Foo))
print(a.values is Foo.values is b.values)
a.values = ['own']
print(a.values, b.values, Foo.values)
del a.values
print(a.values)
