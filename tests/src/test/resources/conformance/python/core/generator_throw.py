def gen():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("generator caught", e)
            yield "recovered"
g = gen()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(f))
def inner():
    try:
        yield "inner"
    except RuntimeError:
        yield "inner handled"
def outer():
    yield from inner()
o = outer()
print(next(o))
print(o.throw(RuntimeError))
fresh = fragile()
try:
    fresh.throw(TypeError("unstarted"))
except TypeError as e:
    print("unstarted throw:", e)
