x = 0b1100
x &= 0b1010; print(bin(x))
x |= 0b0001; print(bin(x))
x ^= 0b1111; print(bin(x))
x <<= 3; print(x)
x >>= 2; print(x)
y = -1
y <<= 70; print(y)
y >>= 68; print(y)
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, other): return M(self.v * other.v + 1)
    def __repr__(self): return "M(%d)" % self.v
m = M(3)
m @= M(4)
print(m)
s = {1, 2, 3}
s &= {2, 3, 4}; print(s)
s |= {9}; print(sorted(s))
s ^= {2, 10}; print(sorted(s))
s -= {3}; print(sorted(s))
