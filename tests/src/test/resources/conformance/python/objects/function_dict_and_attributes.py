def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    return a
f.custom = "value"
print(f.__dict__, f.custom)
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
class C:
    def m(self):
        pass
C.m.tag = "on function"
print(C().m.tag)
try:
    C().m.newattr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(f.__dict__).__name__, callable(f))
