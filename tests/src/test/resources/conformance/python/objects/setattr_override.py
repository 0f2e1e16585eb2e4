class Recorder:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append((name, value))
        object.__setattr__(self, name, value)
r = Recorder()
r.a = 1
r.b = "two"
setattr(r, "c", [3])
r.a += 10
print(r.log)
print(r.a, vars(r))
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
ro = ReadOnly()
try:
    ro.x = 1
except AttributeError as e:
    print("AttributeError:", e)
ro.__dict__["x"] = "via dict"
print(ro.x)
object.__setattr__(ro, "y", "via object.__setattr__")
print(ro.y)
