class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"M({self.v})"
    def __pow__(self, exp, mod=None):
        print("__pow__", exp, mod)
        return M(pow(self.v, exp, mod))
    def __rpow__(self, base, mod=None):
        print("__rpow__", base, mod)
        return M(pow(base, self.v))
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)
    def __round__(self, ndigits=None):
        return M(round(self.v, ndigits))
    def __trunc__(self):
        return int(self.v)
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
import math
print(M(3) ** 2, pow(M(3), 2), pow(M(3), 4, 5), 2 ** M(5))
print(divmod(M(7), 2), divmod(7, M(2)))
print(round(M(2.567), 1), round(M(2.5)), math.trunc(M(3.9)), math.floor(M(1)), math.ceil(M(1)))
try:
    pow(2, M(3), 5)
except TypeError as e:
    print("TypeError:", e)
