def f(**kwargs):
    return kwargs
print(f())
print(f(a=1, b=2))
print(type(f()).__name__)
def g(x, *args, y=0, **kw):
    return x, args, y, kw
print(g(1))
print(g(1, 2, 3, y=4, z=5, w=6))
def show(**opts):
    for k, v in opts.items():
        print(k, "=", v)
show(zeta=1, alpha=2, mid=3)
try:
    g(1, x=2)
except TypeError as e:
    print("TypeError:", e)
def unknown(a):
    return a
try:
    unknown(b=1)
except TypeError as e:
    print("TypeError:", e)
