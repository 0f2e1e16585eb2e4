class Base:
    shared = "base"
class Child(Base):
    shared = "child"
c = Child()
print(c.shared)
del Child.shared
print(c.shared)
try:
    del Child.shared
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.shared
except AttributeError as e:
    print("AttributeError:", e)
c.shared = "instance"
del c.shared
print(c.shared)
delattr(Base, "shared")
print(hasattr(c, "shared"))
