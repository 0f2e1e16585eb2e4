class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
p = Point(3, -4)
print(p, p.norm1(), p.dims, Point.dims)
print(Point.__name__, Point.__doc__)
print(type(p) is Point, isinstance(p, Point))
class Point3(Point):
    dims = 3
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z
    def norm1(self):
        return Point.norm1(self) + abs(self.z)
q = Point3(1, 2, -3)
print(q, q.norm1(), q.dims, q.z)
print(issubclass(Point3, Point), Point3.__bases__)
class Empty: pass
print(Empty.__bases__, Empty.__mro__)
