class C:
    pass
a, b = C(), C()
print(a.__eq__(a), a.__eq__(b), a.__ne__(b), a.__ne__(a))
print(a.__lt__(b), a.__le__(b), a.__gt__(b), a.__ge__(b))
print(a == a, a == b, a != b)
print(type(a.__repr__()).__name__, a.__repr__().startswith("<__main__.C object at "))
print(a.__str__() == a.__repr__(), a.__format__("") == str(a))
print(a.__hash__() == hash(a), a.__class__ is C, a.__sizeof__() > 0)
print(object.__eq__(1, 1), object.__eq__(1, 2))
print(sorted(n for n in ["__init__", "__new__", "__repr__", "__eq__", "__hash__", "__getattribute__", "__setattr__", "__delattr__", "__dir__", "__init_subclass__"] if n in object.__dict__))
print(C.__init__ is object.__init__, C.__new__ is object.__new__)
print(type(object.__dict__["__init__"]).__name__, type(object.__dict__["__new__"]).__name__)
