class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}m"
    def __add__(self, other):
        print("Meters.__add__", other)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        print("Meters.__radd__", other)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
class Feet:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}ft"
    def __radd__(self, other):
        print("Feet.__radd__", other)
        if isinstance(other, Meters):
            return Meters(other.v + self.v * 0.3)
        return NotImplemented
print(Meters(1) + Meters(2))
print(5 + Meters(1))
print(Meters(1) + Feet(10))
try:
    Meters(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Feet(1) + Meters(1)
except TypeError as e:
    print("TypeError:", e)
print(sum([Meters(1), Meters(2)], Meters(0)))
print(sum([Meters(1), Meters(2)]))
