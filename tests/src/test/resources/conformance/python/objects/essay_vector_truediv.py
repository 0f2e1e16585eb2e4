class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __truediv__(self, denom):
        return Vector(self.x / denom, self.y / denom)

    @property
    def magnitude(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def normalized(self):
        return self / self.magnitude

# The essay's Vector with the smallest change that makes `/` work in Python 3.
v = Vector(3, 4)
u = v.normalized()
print(u.x, u.y, u.magnitude)
w = -u
print(w.x, w.y)
print(Vector(0.5, 1.5).magnitude)
try:
    v.magnitude = 10
except AttributeError as e:
    print("AttributeError:", e)
