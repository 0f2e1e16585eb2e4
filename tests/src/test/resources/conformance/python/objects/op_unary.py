class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __neg__(self): return V(-self.v)
    def __pos__(self): return V(abs(self.v))
    def __invert__(self): return V(~self.v)
    def __abs__(self): return f"abs:{abs(self.v)}"
    def __round__(self, n=None): return f"round:{n}"
    def __int__(self): return 7
    def __float__(self): return 7.5
v = V(-3)
print(-v, +v, ~v, abs(v), round(v), round(v, 2))
print(int(v), float(v), -(-v))
print(not v)
class NoOps:
    pass
for f in [lambda: -NoOps(), lambda: +NoOps(), lambda: ~NoOps(), lambda: int(NoOps()), lambda: float(NoOps())]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
