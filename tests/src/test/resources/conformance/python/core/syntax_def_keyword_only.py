def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=5, b=4))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(*args, sep="-"):
    return sep.join(str(a) for a in args)
print(g(1, 2, 3))
print(g(1, 2, sep="+"))
def h(*, only):
    return only
print(h(only="kw"))
try:
    h("pos")
except TypeError as e:
    print("TypeError:", e)
print(f.__kwdefaults__)
