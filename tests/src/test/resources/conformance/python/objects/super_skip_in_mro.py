class A:
    def go(self): return ["A"]
class B(A):
    def go(self): return ["B"] + super().go()
class C(A):
    def go(self): return ["C"] + super().go()
class D(B, C):
    def go(self): return ["D"] + super().go()
d = D()
print(d.go())
print(super(B, d).go())
print(super(C, d).go())
print(super(D, d).go())
print(B.go(d), C.go(d))
print(super(B, D).go(d))
