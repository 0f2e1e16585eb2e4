import types
def f(x):
    return x
class C:
    def m(self):
        return "method of " + self.name
    def __init__(self, name):
        self.name = name
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.FunctionType), isinstance(len, types.FunctionType))
c = C("obj")
print(isinstance(c.m, types.MethodType), isinstance(C.m, types.FunctionType), type(c.m) is types.MethodType)
def extra(self, n):
    return self.name * n
bound = types.MethodType(extra, c)
print(bound(2), bound.__self__ is c, bound.__func__ is extra)
c.extra = bound
print(c.extra(3))
print(types.FunctionType.__name__, types.MethodType.__name__)
def gen(): yield
print(isinstance(gen, types.FunctionType))
