class logged_property(property):
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        value = super().__get__(inst, owner)
        print("logged get ->", value)
        return value
class C:
    def __init__(self):
        self._x = 1
    @logged_property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
c = C()
print(c.x)
c.x = 10
print(c.x)
print(type(C.__dict__["x"]).__name__, isinstance(C.x, property))
print(logged_property.__mro__)
class cached(property):
    def __init__(self, fget):
        super().__init__(fget)
        self.cache = {}
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        key = id(inst)
        if key not in self.cache:
            self.cache[key] = self.fget(inst)
        return self.cache[key]
class D:
    calls = 0
    @cached
    def value(self):
        D.calls += 1
        return "computed"
d = D()
print(d.value, d.value, D.calls)
