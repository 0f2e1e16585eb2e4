class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __eq__(self, o):
        print(f"{self!r}.__eq__({o!r})")
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        print(f"{self!r}.__lt__({o!r})")
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    __hash__ = None
a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b)
print(b > a)
print(b >= a)
print(a == 1)
print(sorted([V(3), V(1), V(2)]))
print(max(V(3), V(5)).v)
print(V(1) in [V(0), V(1)])
print([V(1)] == [V(1)])
