def a(f):
    print("applying a")
    def w():
        return "a(" + f() + ")"
    return w
def b(f):
    print("applying b")
    def w():
        return "b(" + f() + ")"
    return w
@a
@b
def base():
    return "base"
print(base())
order = []
def mark(label):
    order.append("factory " + label)
    def deco(f):
        order.append("decorate " + label)
        return f
    return deco
@mark("outer")
@mark("inner")
def g():
    pass
print(order)
