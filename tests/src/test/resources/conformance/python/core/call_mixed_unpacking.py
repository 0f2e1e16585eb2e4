def f(*args, **kwargs):
    return args, kwargs
print(f(1, *[2, 3], 4, *(5,), x=1, **{"y": 2}, z=3))
print(f(*[], **{}))
def g(a, b, c, *, d):
    return a, b, c, d
print(g(1, 2, 3, d=4))
print(g(*[1, 2], **{"c": 3, "d": 4}))
print(print("inner", "call", sep="-") is None)
args = ("%s=%s",)
print(str.__mod__(*args, ("k", "v")))
