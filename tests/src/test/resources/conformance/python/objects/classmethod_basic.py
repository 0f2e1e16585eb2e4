class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @classmethod
    def describe(cls):
        return "class " + cls.__name__
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-01-31"))
print(MyDate.from_string("1999-12-01"))
print(Date(1, 2, 3).describe(), MyDate(1, 2, 3).describe())
m = Date.describe
print(type(m).__name__, m.__self__ is Date, m.__func__.__name__)
cm = Date.__dict__["describe"]
print(type(cm).__name__, cm.__func__.__name__, cm.__get__(None, MyDate)())
print(MyDate.describe.__self__ is MyDate)
