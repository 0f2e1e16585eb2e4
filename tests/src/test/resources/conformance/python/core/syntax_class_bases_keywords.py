class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], kw)
        return super().__new__(mcls, name, bases, ns)
class Base:
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.__name__, flag)
class A(Base, flag="on"):
    pass
class B(Base, metaclass=Meta, flag=1):
    pass
print(type(A).__name__, type(B).__name__)
bases = (Base,)
class C(*bases, **{"flag": "from dict"}):
    pass
print(C.__mro__)
