# Start-up training (StartupTraining): the common paths of a short Python script.
import math, sys, functools, itertools

class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    @property
    def length(self):
        return math.hypot(self.x, self.y)

total = Vector(0, 0)
for i in range(20000):
    total = total + Vector(i, 1.5)
words = sorted("the quick brown fox jumps over the lazy dog".split(), key=len)
counts = {w: words.count(w) for w in words}
print(total, round(total.length, 2), words[:3], counts, "%5.2f|%-4s" % (3.14159, "x"), "{:>6}".format("ab"))
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e, file=sys.stderr)
print(functools.reduce(lambda a, b: a * b, range(1, 20)), list(itertools.islice(itertools.count(), 3)))
