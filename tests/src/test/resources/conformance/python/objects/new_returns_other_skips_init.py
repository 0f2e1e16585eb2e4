class ReturnsInt:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(ReturnsInt())
class Other:
    def __init__(self):
        print("Other.__init__ not called by C()")
class C:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print("C.__init__ not called either")
print(type(C()).__name__)
class Base:
    def __init__(self):
        print("Base.__init__ on", type(self).__name__)
class Derived(Base):
    pass
class MakesDerived(Base):
    def __new__(cls):
        return object.__new__(Derived)
print(type(MakesDerived()).__name__)
class MakesSub:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print("__init__ runs: result is an instance of MakesSub", type(self).__name__)
class Sub(MakesSub):
    pass
print(type(MakesSub()).__name__)
class ReturnsNone:
    def __new__(cls):
        pass
print(ReturnsNone())
