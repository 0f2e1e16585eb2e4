class tracing_classmethod(classmethod):
    def __get__(self, inst, owner=None):
        print("tracing_classmethod.__get__", owner.__name__)
        return super().__get__(inst, owner)
class tracing_staticmethod(staticmethod):
    def __get__(self, inst, owner=None):
        print("tracing_staticmethod.__get__", owner.__name__)
        return super().__get__(inst, owner)
class C:
    @tracing_classmethod
    def make(cls):
        return "made by " + cls.__name__
    @tracing_staticmethod
    def util(x):
        return x + 1
class D(C):
    pass
print(C.make())
print(D().make())
print(C.util(1), D().util(2))
print(type(C.__dict__["make"]).__mro__)
print(isinstance(C.__dict__["util"], staticmethod))
