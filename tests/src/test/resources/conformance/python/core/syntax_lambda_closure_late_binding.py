funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
x = 1
f = lambda: x
x = 2
print(f())
def outer():
    y = "first"
    g = lambda: y
    y = "second"
    return g()
print(outer())
