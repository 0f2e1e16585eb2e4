class ReverseMeta(type):
    def mro(cls):
        default = super().mro()
        print("custom mro() for", cls.__name__)
        return [default[0]] + list(reversed(default[1:-1])) + [object]
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B"
class C(B, metaclass=ReverseMeta):
    pass
print([k.__name__ for k in C.__mro__])
print(C().who())
print([k.__name__ for k in C.mro()])
