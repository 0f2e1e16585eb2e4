class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __div__(self, denom):
        return Vector(self.x / denom, self.y / denom)

    @property
    def magnitude(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def normalized(self):
        return self / self.magnitude

# The essay's class, verbatim. __div__ is the Python 2 name: Python 3 uses
# __truediv__, so `/` finds no method and normalized() raises TypeError.
v = Vector(3, 4)
print(v.magnitude)
n = -v
print(n.x, n.y)
print(type(Vector.magnitude).__name__)
print(v.__div__(5).x, v.__div__(5).y)
try:
    v.normalized()
except TypeError as e:
    print("TypeError:", e)
