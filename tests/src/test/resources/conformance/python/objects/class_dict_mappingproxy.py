class C:
    x = 1
    def m(self):
        pass
d = C.__dict__
print(type(d).__name__, d["x"], "m" in d, "__init__" in d, "__module__" in d)
try:
    C.__dict__["y"] = 2
except TypeError as e:
    print("TypeError:", e)
C.y = 2
print(d["y"], len([k for k in d if not k.startswith("__")]))
print(sorted(k for k in d if not k.startswith("__")))
try:
    C.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
print(type(int.__dict__).__name__, "bit_length" in int.__dict__)
print(type(vars(C)).__name__)
