def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
print("closed")
print(list(g))
g.close()
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catcher()
next(c)
c.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored close"
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
never_started = gen()
never_started.close()
print("closing unstarted generator does not run finally")
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
