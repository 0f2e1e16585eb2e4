class C:
    def __init__(self, name):
        self.name = name
    def method(self, x):
        return f"{self.name}.method({x})"
    def __repr__(self):
        return f"C({self.name!r})"
c = C("obj")
m = c.method
print(type(m).__name__)
print(m.__self__, m.__func__ is C.method, m.__func__ is C.__dict__["method"])
print(m(1), m.__func__(c, 2), C.method(c, 3))
print(m.__name__, m.__qualname__, m.__doc__)
other = C("other")
print(m.__func__(other, 4))
m2 = m.__func__.__get__(other, C)
print(m2(5), m2.__self__)
print(type(C.method).__name__, C.method.__get__(None, C) is C.method)
