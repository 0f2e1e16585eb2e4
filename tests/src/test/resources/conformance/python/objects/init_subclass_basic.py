class Base:
    subclasses = []
    def __init_subclass__(cls):
        print("__init_subclass__", cls.__name__, "parent sees", [b.__name__ for b in cls.__bases__])
        Base.subclasses.append(cls.__name__)
class A(Base): pass
class B(Base): pass
class C(A): pass
print(Base.subclasses)
print(type(Base.__dict__["__init_subclass__"]).__name__)
class Plain:
    pass
class NoHook(Plain):
    pass
print("no hook ok")
