class C:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        inst.created_in_new = True
        return inst
    def __init__(self, a, b=0):
        print("__init__", a, b)
        self.a, self.b = a, b
c = C(1, b=2)
print(vars(c))
print(type(C.__dict__["__new__"]).__name__)
obj = C.__new__(C)
print(vars(obj))
obj.__init__(5)
print(vars(obj))
