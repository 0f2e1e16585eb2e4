print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[1]} {0[0]}".format(["p", "q"]))
print("{d[key]} {d[other]}".format(d={"key": 1, "other": 2}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:08.3f} {:x} {:,}".format(3.14159, 255, 10 ** 6))
print("{0!r} {0!s}".format("s"))
print("{{}} {}".format("braces"))
print("{:{w}.{p}f}".format(2.71828, w=8, p=2))
print("{} {}".format(*[1, 2]), "{a}".format(**{"a": "kw"}))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
