class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {}
        for k, v in ns.items():
            new_ns[k if k.startswith("__") else k.upper()] = v
        return super().__new__(mcls, name, bases, new_ns)
class C(metaclass=UpperAttrs):
    color = "red"
    def shout(self):
        return "loud"
print(hasattr(C, "color"), C.COLOR, C().SHOUT())
class AutoRepr(type):
    def __new__(mcls, name, bases, ns):
        fields = ns.get("fields", ())
        def __repr__(self):
            return name + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        def __init__(self, *args):
            for f, a in zip(fields, args):
                setattr(self, f, a)
        ns.setdefault("__repr__", __repr__)
        ns.setdefault("__init__", __init__)
        return super().__new__(mcls, name, bases, ns)
class Point(metaclass=AutoRepr):
    fields = ("x", "y")
print(Point(1, 2), Point("a", [3]))
