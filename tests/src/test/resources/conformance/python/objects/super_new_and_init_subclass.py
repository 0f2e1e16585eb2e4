class Base:
    def __new__(cls, *args):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("Base.__init__", args)
class Child(Base):
    def __new__(cls, *args):
        print("Child.__new__")
        return super().__new__(cls, *args)
    def __init__(self, *args):
        print("Child.__init__")
        super().__init__(*args)
c = Child(1, 2)
print(type(c).__name__)
class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)
class P1(Plugin): pass
class P2(P1): pass
print(Plugin.registry)
