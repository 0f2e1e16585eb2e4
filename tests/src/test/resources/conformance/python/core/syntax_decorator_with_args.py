def repeat(n):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def tag(name, **attrs):
    def deco(func):
        def wrapper():
            a = "".join(" %s=%r" % kv for kv in attrs.items())
            return "<%s%s>%s</%s>" % (name, a, func(), name)
        return wrapper
    return deco
@tag("b", cls="x")
def bold():
    return "text"
print(bold())
decorators = {"double": lambda f: lambda x: f(x) * 2}
@decorators["double"]
def inc(x):
    return x + 1
print(inc(5))
class Holder:
    def __init__(self): self.funcs = []
    def add(self, f):
        self.funcs.append(f)
        return f
h = Holder()
@h.add
def sq(x): return x * x
print(len(h.funcs), h.funcs[0](7))
