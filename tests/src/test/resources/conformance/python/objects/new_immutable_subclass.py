class Celsius(float):
    def __new__(cls, value, unit="C"):
        if unit == "F":
            value = (value - 32) * 5 / 9
        return super().__new__(cls, value)
    def __init__(self, value, unit="C"):
        self.original_unit = unit
    def __repr__(self):
        return f"Celsius({float(self)})"
print(Celsius(100), Celsius(212, "F"), Celsius(212, "F").original_unit)
print(Celsius(10) + 5, type(Celsius(10) + 5).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), type(p).__name__, isinstance(p, tuple))
class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)
print(Even(7), Even(8), Even(7) * 2, type(Even(7)).__name__)
class Lower(str):
    def __new__(cls, s):
        return super().__new__(cls, s.lower())
print(Lower("HeLLo"), Lower("ABC") == "abc", type(Lower("A")).__name__)
