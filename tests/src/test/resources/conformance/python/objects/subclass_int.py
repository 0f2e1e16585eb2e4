class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
    def __add__(self, other):
        return Money(int(self) + int(other))
m = Money(5)
print(m, m + 3, 3 + m, m * 2, type(m * 2).__name__, type(3 + m).__name__)
print(isinstance(m, int), m == 5, hash(m) == hash(5), m < 10)
print([k.__name__ for k in Money.__mro__])
print(int.__add__(m, 1), str(m), f"{m:05d}", m.bit_length())
class Flag(int):
    pass
f = Flag(3)
f.extra = "attributes allowed"
print(f, f.extra, vars(f), type(-f).__name__, type(abs(f)).__name__)
print(Flag("12"), Flag("ff", 16), Flag())
