O = object
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])
class K1(O): pass
class K2(O): pass
class K3(O): pass
class X(K1, K2): pass
class Y(K2, K3): pass
class Z(K1, K3): pass
class W(X, Y, Z): pass
print([k.__name__ for k in W.__mro__])
class P1: pass
class P2(P1): pass
class P3(P1): pass
class P4(P2, P3): pass
class P5(P3): pass
class P6(P4, P5): pass
print([k.__name__ for k in P6.mro()])
