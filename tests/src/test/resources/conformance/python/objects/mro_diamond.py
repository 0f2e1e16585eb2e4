class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B"
class C(A):
    def who(self): return "C"
class D(B, C):
    pass
class E(C, B):
    pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in E.__mro__])
print(D().who(), E().who())
class F(B, C):
    def who(self): return "F"
print(F().who(), [k.__name__ for k in F.__mro__])
del B.who
print(D().who())
