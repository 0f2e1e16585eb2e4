class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__ kw", kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        print("__new__ kw", kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("__init__ kw", kw)
        super().__init__(name, bases, ns)
class C(metaclass=Meta, debug=True, level=3):
    pass
print(C.options)
try:
    class D(bogus=1):
        pass
except TypeError as e:
    print("TypeError:", e)
