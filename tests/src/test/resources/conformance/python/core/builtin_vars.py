class P:
    kind = "point"
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print(vars(p))
v = vars(p)
v["z"] = 3
print(p.z, v is p.__dict__)
p.w = 4
print(vars(p))
print(sorted(k for k in vars(P) if not k.startswith("__")))
print(vars(P)["kind"])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
def f():
    a = 1
    b = "two"
    return vars()
print(f())
