class C:
    cls_attr = "class"
c = C()
setattr(c, "x", 10)
print(getattr(c, "x"), c.x, getattr(c, "cls_attr"))
print(getattr(c, "missing", "default"), getattr(c, "missing", None))
print(hasattr(c, "x"), hasattr(c, "missing"), hasattr(c, "cls_attr"), hasattr("s", "upper"))
delattr(c, "x")
print(hasattr(c, "x"))
try:
    getattr(c, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "x")
except AttributeError as e:
    print("AttributeError:", e)
setattr(c, "with space", 1)
print(getattr(c, "with space"))
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr([1, 2], "count")(1), getattr(5, "bit_length")())
setattr(C, "added", "to class")
print(c.added)
