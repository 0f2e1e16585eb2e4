d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"x": 0, **d1, "a": 100})
print({**{}, **{}})
def f(**kw):
    return kw
print(f(**d1, c=3))
print(dict(**d1))
print({**dict(z=1)})
