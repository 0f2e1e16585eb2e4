class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("allocating")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("__init__ runs every time", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Sub(Singleton):
    _instance = None
c = Sub(3)
print(c is a, type(c).__name__, a.value, c.value)
