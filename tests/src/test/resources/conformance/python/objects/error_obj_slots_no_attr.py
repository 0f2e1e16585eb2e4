class Pixel:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Pixel(1, 2)
print(p.x, p.y)
p.color = "red"
