class Shape:
    def __init_subclass__(cls, sides=0, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        cls.display = name or cls.__name__.lower()
class Triangle(Shape, sides=3):
    pass
class Square(Shape, sides=4, name="sq"):
    pass
class Blob(Shape):
    pass
for c in (Triangle, Square, Blob):
    print(c.__name__, c.sides, c.display)
try:
    class Bad(Shape, sides=1, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
