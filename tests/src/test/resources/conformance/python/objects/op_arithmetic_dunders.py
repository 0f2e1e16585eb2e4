class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __add__(self, o): return N(self.v + o.v)
    def __sub__(self, o): return N(self.v - o.v)
    def __mul__(self, o): return N(self.v * o.v)
    def __truediv__(self, o): return N(self.v / o.v)
    def __floordiv__(self, o): return N(self.v // o.v)
    def __mod__(self, o): return N(self.v % o.v)
    def __divmod__(self, o): return (self // o, self % o)
    def __pow__(self, o, mod=None): return N(pow(self.v, o.v, mod))
    def __matmul__(self, o): return N(self.v * 1000 + o.v)
a, b = N(17), N(5)
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(divmod(a, b), a ** b, pow(a, b, 7), a @ b)
print(N(-17) // b, N(-17) % b)
print(a.__add__(b), N.__mul__(a, b))
