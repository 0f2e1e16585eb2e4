def echo():
    received = None
    while True:
        received = yield "got %r" % (received,)
        if received == "stop":
            return "stopped"
g = echo()
print(next(g))
print(g.send(1))
print(g.send("hello"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration value:", e.value)
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print(a.send(v))
g2 = echo()
try:
    g2.send("not none")
except TypeError as e:
    print("TypeError:", e)
print(g2.send(None))
def inner():
    x = yield "inner ready"
    y = yield "inner got " + str(x)
    return x + y
def outer():
    r = yield from inner()
    yield "total %d" % r
o = outer()
print(next(o), o.send(3), o.send(4))
