class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.extra = 2
print(w.a, vars(w))
class Base:
    __slots__ = ("a",)
class NoSlots(Base):
    pass
n = NoSlots()
n.a = 1
n.b = 2
print(n.a, vars(n), hasattr(n, "__dict__"))
class MoreSlots(Base):
    __slots__ = ("b",)
m = MoreSlots()
m.a, m.b = 1, 2
print(m.a, m.b, hasattr(m, "__dict__"))
try:
    m.c = 3
except AttributeError as e:
    print("AttributeError:", e)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
