class Fallback:
    existing = "real"
    def __init__(self):
        self.inst = "instance"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
f = Fallback()
print(f.existing, f.inst)
print(f.dyn_hello)
print(getattr(f, "dyn_x"))
print(hasattr(f, "dyn_y"), hasattr(f, "other"))
print(getattr(f, "other", "default"))
try:
    f.other
except AttributeError as e:
    print("AttributeError:", e)
print(Fallback.existing)
try:
    Fallback.dyn_z
except AttributeError as e:
    print("class lookup does not use instance __getattr__:", e)
