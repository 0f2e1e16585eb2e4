class P:
    __slots__ = ("x", "y")
print(type(P.__dict__["x"]).__name__, type(P.x).__name__)
p = P()
P.x.__set__(p, 5)
print(P.x.__get__(p, P), p.x)
print(P.x.__get__(None, P) is P.x)
print(P.x.__name__, P.x.__objclass__ is P)
try:
    P.y.__get__(p, P)
except AttributeError as e:
    print("AttributeError:", e)
P.x.__delete__(p)
print(hasattr(p, "x"))
print(sorted(k for k in P.__dict__ if not k.startswith("__")))
print("__dict__" in P.__dict__, "__weakref__" in P.__dict__)
