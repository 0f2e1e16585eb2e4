class Bits:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Bits({self.v:#b})"
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v & 0b1111)
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 2, a >> 2, ~a)
x = a
x &= b
print(x, a)
x |= Bits(1)
x <<= 1
print(x)
class SetLike:
    def __init__(self, items):
        self.items = set(items)
    def __or__(self, o):
        return SetLike(self.items | o.items)
    def __sub__(self, o):
        return SetLike(self.items - o.items)
    def __repr__(self):
        return f"SetLike({sorted(self.items)})"
print(SetLike([1, 2]) | SetLike([3]), SetLike([1, 2, 3]) - SetLike([2]))
