class A:
    def f(self): return "A.f"
class B(A):
    def f(self): return "B.f"
class C(B):
    def f(self): return "C.f"
c = C()
print(super(C, c).f(), super(B, c).f())
try:
    super(A, c).f()
except AttributeError as e:
    print("AttributeError:", e)
print(super(C, C).f(c))
sup = super(C, c)
print(type(sup).__name__, sup.__thisclass__.__name__, sup.__self__ is c, sup.__self_class__.__name__)
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
def outside(self):
    return super(C, self).f()
print(outside(c))
