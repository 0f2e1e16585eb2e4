import types
class ClassMethod:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls=None):
        if cls is None:
            cls = type(obj)
        return types.MethodType(self.f, cls)
class StaticMethod:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls=None):
        return self.f
class C:
    @ClassMethod
    def make(cls, x):
        return f"{cls.__name__}.make({x})"
    @StaticMethod
    def helper(x):
        return f"helper({x})"
class D(C):
    pass
print(C.make(1), D.make(2), D().make(3))
print(C.helper(4), C().helper(5))
m = D.make
print(type(m).__name__, m.__self__ is D)
