class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        print("created without __init__", type(obj).__name__)
        obj.args = args
        return obj
class C(metaclass=NoInit):
    def __init__(self, *args):
        print("C.__init__ would run here")
c = C(1, 2)
print(c.args, hasattr(c, "initialized"))
class Returns(type):
    def __call__(cls, *args):
        return ("not an instance", cls.__name__, args)
class D(metaclass=Returns):
    pass
print(D(1))
class Twice(type):
    def __call__(cls, *a):
        obj = super().__call__(*a)
        obj.__init__(*a)
        return obj
class E(metaclass=Twice):
    def __init__(self, x):
        print("E.__init__", x)
E(5)
