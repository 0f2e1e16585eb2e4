class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Z(XY, YX): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (A, B), {})
except TypeError as e:
    print("TypeError:", e)
class OK(B, A): pass
print([k.__name__ for k in OK.__mro__])
