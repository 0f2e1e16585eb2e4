class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return f"Base.__add__({type(self).__name__}, {type(o).__name__})"
    def __radd__(self, o):
        return f"Base.__radd__({type(self).__name__}, {type(o).__name__})"
    def __lt__(self, o):
        return f"Base.__lt__"
    def __gt__(self, o):
        return f"Base.__gt__"
class Derived(Base):
    def __radd__(self, o):
        return f"Derived.__radd__({type(self).__name__}, {type(o).__name__})"
    def __gt__(self, o):
        return "Derived.__gt__"
class SameRadd(Base):
    pass
print(Base(1) + Derived(2))
print(Derived(1) + Base(2))
print(Base(1) + SameRadd(2))
print(Base(1) < Derived(2))
print(Base(1) < SameRadd(2))
class IntSub(int):
    def __radd__(self, o):
        return "IntSub.__radd__ first"
    def __rsub__(self, o):
        return NotImplemented
print(1 + IntSub(2))
try:
    print(1 - IntSub(2))
except TypeError as e:
    print("TypeError:", e)
