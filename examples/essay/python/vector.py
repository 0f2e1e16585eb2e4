# The essay's opening Python example: a class with an initializer, operator
# overloading through dunder methods, and a property.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __truediv__(self, denom):          # the essay's Python 2 name was __div__
        return Vector(self.x / denom, self.y / denom)

    @property
    def magnitude(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def normalized(self):
        return self / self.magnitude

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


v = Vector(3, 4)
print(v, -v)
print("magnitude:", v.magnitude)
print("normalized:", v.normalized())

# Attribute lookup, step by step: the instance dict first, then the class.
print(vars(v))
print("magnitude" in vars(v), "magnitude" in vars(Vector))
print(type(Vector.__dict__["magnitude"]).__name__, "- a data descriptor on the class")
