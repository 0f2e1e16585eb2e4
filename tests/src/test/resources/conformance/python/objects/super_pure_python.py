# The essay: super can be expressed in pure Python with the same primitives.
class Super:
    def __init__(self, cls, obj):
        self.cls = cls
        self.obj = obj
    def __getattr__(self, name):
        mro = type(self.obj).__mro__ if not isinstance(self.obj, type) else self.obj.__mro__
        for klass in mro[mro.index(self.cls) + 1:]:
            if name in klass.__dict__:
                value = klass.__dict__[name]
                if hasattr(type(value), "__get__"):
                    inst = None if isinstance(self.obj, type) else self.obj
                    owner = self.obj if isinstance(self.obj, type) else type(self.obj)
                    return type(value).__get__(value, inst, owner)
                return value
        raise AttributeError(name)
class A:
    def who(self): return ["A"]
    tag = "A.tag"
class B(A):
    def who(self): return ["B"] + Super(B, self).who()
class C(A):
    def who(self): return ["C"] + Super(C, self).who()
class D(B, C):
    def who(self): return ["D"] + Super(D, self).who()
print(D().who())
print(D().who() == [k.__name__ for k in D.__mro__[:-1]])
print(Super(D, D()).tag, Super(B, D()).who())
try:
    Super(A, D()).who
except AttributeError as e:
    print("AttributeError:", e)
