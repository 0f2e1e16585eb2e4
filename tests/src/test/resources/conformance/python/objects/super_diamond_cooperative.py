class Base:
    def __init__(self, **kw):
        print("Base.__init__", kw)
        super().__init__()
    def hello(self):
        return ["Base"]
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left.__init__", left)
        super().__init__(**kw)
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right.__init__", right)
        super().__init__(**kw)
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom.__init__")
        super().__init__(**kw)
    def hello(self):
        return ["Bottom"] + super().hello()
b = Bottom(left=1, right=2, extra=3)
print(b.hello())
print(Right.hello(b))
print(super(Left, b).hello())
