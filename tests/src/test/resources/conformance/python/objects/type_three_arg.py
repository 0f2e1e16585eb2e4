def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "dims": 2, "__repr__": lambda self: f"Point({self.v})"})
p = Point(5)
print(p, p.dims, type(p).__name__, Point.__name__, Point.__qualname__, Point.__module__)
Sub = type("Sub", (Point,), {"dims": 3})
print(Sub(1), Sub.dims, Sub.__bases__, [c.__name__ for c in Sub.__mro__])
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty.__doc__)
Doc = type("Doc", (), {"__doc__": "documented"})
print(Doc.__doc__)
try:
    type("Bad", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (5,), {})
except TypeError as e:
    print("TypeError:", e)
ns = {"x": 1}
T = type("T", (), ns)
ns["y"] = 2
print(hasattr(T, "y"), T.__dict__ is not ns)
