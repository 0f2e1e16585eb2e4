# One operation: the essay's Vector — construct one, read its magnitude property
# (a data descriptor computed from the instance dict), call a method.
import math

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def magnitude(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

unit = Vector(1, 0)

def bench(n):
    total = 0.0
    for i in range(n):
        v = Vector(3, 4)
        total += v.magnitude + v.dot(unit)
    return total
