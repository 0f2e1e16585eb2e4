class Base:
    def __getattribute__(self, name):
        print("Base.__getattribute__", name)
        return object.__getattribute__(self, name)
class Child(Base):
    def __getattribute__(self, name):
        print("Child.__getattribute__", name)
        if name == "secret":
            return "hidden"
        return super().__getattribute__(name)
c = Child()
object.__setattr__(c, "x", 42)
print(c.x)
print(c.secret)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattribute__(self, name):
        target = object.__getattribute__(self, "_target")
        return getattr(target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p.count(1), p.index(3), object.__getattribute__(p, "_target"))
