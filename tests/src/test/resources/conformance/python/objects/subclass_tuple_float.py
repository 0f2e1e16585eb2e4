class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
p = Point(1, 2)
print(p, p.x, p.y, p == (1, 2), hash(p) == hash((1, 2)), p + (3,), type(p + (3,)).__name__)
x, y = p
print(x, y, [k.__name__ for k in Point.__mro__])
class Prob(float):
    def __new__(cls, v):
        if not 0 <= v <= 1:
            raise ValueError("probability out of range")
        return super().__new__(cls, v)
print(Prob(0.25), Prob(0.25) * 2, type(Prob(0.5) * 2).__name__)
try:
    Prob(2)
except ValueError as e:
    print("ValueError:", e)
print(repr(Prob(0.1)), Prob(1).is_integer())
