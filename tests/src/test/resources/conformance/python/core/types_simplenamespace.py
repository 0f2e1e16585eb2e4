from types import SimpleNamespace
ns = SimpleNamespace(a=1, b="two")
print(ns)
print(ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(SimpleNamespace(), SimpleNamespace(x=1) == SimpleNamespace(x=1), SimpleNamespace(x=1) == SimpleNamespace(x=2))
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)
nested = SimpleNamespace(inner=SimpleNamespace(v=1), lst=[1, 2])
print(nested)
print(SimpleNamespace(**{"k": "v"}).k, type(ns).__name__)
