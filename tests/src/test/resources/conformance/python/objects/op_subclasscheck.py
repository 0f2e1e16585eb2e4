class InterfaceMeta(type):
    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", cls.__name__, sub.__name__)
        return all(hasattr(sub, m) for m in cls.required)
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))
class Sized(metaclass=InterfaceMeta):
    required = ("__len__",)
class Thing:
    def __len__(self):
        return 0
print(issubclass(Thing, Sized))
print(issubclass(int, Sized))
print(issubclass(list, Sized))
print(isinstance("abc", Sized))
print(issubclass(Thing, (int, Sized)))
class Registry(type):
    def __init__(cls, *a):
        super().__init__(*a)
        cls._registered = set()
    def register(cls, sub):
        cls._registered.add(sub)
        return sub
    def __subclasscheck__(cls, sub):
        return sub in cls._registered or type.__subclasscheck__(cls, sub)
class Base(metaclass=Registry):
    pass
@Base.register
class Unrelated:
    pass
class Real(Base):
    pass
print(issubclass(Unrelated, Base), issubclass(Real, Base), issubclass(int, Base))
print(Unrelated.__mro__)
