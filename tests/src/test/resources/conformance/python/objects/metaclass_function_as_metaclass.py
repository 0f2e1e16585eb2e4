def make_class(name, bases, ns, **kw):
    print("make_class", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    ns["made_by"] = "function"
    return type(name, bases, ns)
class C(metaclass=make_class, extra=1):
    x = 1
print(C.made_by, type(C).__name__)
def returns_other(name, bases, ns):
    return 42
class D(metaclass=returns_other):
    pass
print(D)
