x = 10
g = globals()
print(g["x"], "g" in g, g["__name__"])
g["created_via_globals"] = "yes"
print(created_via_globals)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def g2():
    return sorted(k for k in globals() if not k.startswith("__"))
print(g2())
print(locals() is globals())
class C:
    y = 5
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
