class Base:
    counter = 0
    items = []
class Child(Base):
    pass
a, b = Base(), Child()
Base.counter = 5
print(a.counter, b.counter, Child.counter)
Child.counter = 10
print(a.counter, b.counter, Base.counter)
a.counter += 1
print(a.counter, Base.counter, vars(a))
b.items.append("shared")
print(Base.items, Child.items, a.items)
b.items = ["own"]
print(Base.items, b.items)
def new_method(self):
    return "patched onto " + type(self).__name__
Base.patched = new_method
print(a.patched(), b.patched())
Base.__repr__ = lambda self: "<repr patched>"
print(repr(a), repr(b))
