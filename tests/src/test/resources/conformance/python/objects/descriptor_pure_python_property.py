# property re-implemented in pure Python as an ordinary data descriptor
class Property:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.fget is None:
            raise AttributeError(f"property {self.name!r} has no getter")
        return self.fget(obj)
    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError(f"property {self.name!r} has no setter")
        self.fset(obj, value)
    def __delete__(self, obj):
        if self.fdel is None:
            raise AttributeError(f"property {self.name!r} has no deleter")
        self.fdel(obj)
    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)
class Circle:
    def __init__(self, r):
        self._r = r
    @Property
    def radius(self):
        "The radius."
        return self._r
    @radius.setter
    def radius(self, v):
        print("setting radius", v)
        self._r = v
c = Circle(2)
print(c.radius, Circle.radius.__doc__, type(Circle.radius).__name__)
c.radius = 5
print(c.radius)
c.__dict__["radius"] = "ignored: data descriptor wins"
print(c.radius)
for action in (lambda: delattr(c, "radius"),):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
