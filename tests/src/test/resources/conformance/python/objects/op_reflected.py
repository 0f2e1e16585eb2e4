class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R({self.v})"
    def __radd__(self, o): return f"radd({o!r}, {self!r})"
    def __rsub__(self, o): return f"rsub({o!r}, {self!r})"
    def __rmul__(self, o): return f"rmul({o!r}, {self!r})"
    def __rtruediv__(self, o): return f"rtruediv({o!r}, {self!r})"
    def __rfloordiv__(self, o): return f"rfloordiv({o!r}, {self!r})"
    def __rmod__(self, o): return f"rmod({o!r}, {self!r})"
    def __rpow__(self, o): return f"rpow({o!r}, {self!r})"
    def __rmatmul__(self, o): return f"rmatmul({o!r}, {self!r})"
    def __rand__(self, o): return f"rand({o!r}, {self!r})"
    def __ror__(self, o): return f"ror({o!r}, {self!r})"
    def __rxor__(self, o): return f"rxor({o!r}, {self!r})"
    def __rlshift__(self, o): return f"rlshift({o!r}, {self!r})"
    def __rrshift__(self, o): return f"rrshift({o!r}, {self!r})"
    def __rdivmod__(self, o): return f"rdivmod({o!r}, {self!r})"
r = R(1)
print(1 + r); print("s" - r); print([1] * r); print(2 / r); print(2 // r); print(2 % r)
print(2 ** r); print(2 @ r); print(2 & r); print(2 | r); print(2 ^ r); print(2 << r); print(2 >> r)
print(divmod(2, r))
print(sum([r]))
try:
    r + 1
except TypeError as e:
    print("TypeError:", e)
