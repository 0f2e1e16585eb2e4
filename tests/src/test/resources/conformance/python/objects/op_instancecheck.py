class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("__instancecheck__", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
class Duck(metaclass=DuckMeta):
    pass
class Robot:
    def quack(self):
        return "beep quack"
print(isinstance(Robot(), Duck))
print(isinstance(5, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(Robot(), (int, Duck)))
class Always:
    def __instancecheck__(self, obj):
        return True
try:
    isinstance(1, Always())
except TypeError as e:
    print("TypeError:", e)
