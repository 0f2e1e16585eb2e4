def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(outer())
def two():
    a = 1
    b = 2
    def f():
        nonlocal a, b
        a, b = b, a
    f()
    return a, b
print(two())
def no_nonlocal():
    v = 1
    def f():
        v = 2
        return v
    return f(), v
print(no_nonlocal())
