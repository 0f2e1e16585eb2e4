class A: pass
class B: pass
class C(A, B): pass
print(C.__name__, C.__bases__, C.__base__)
print(object.__bases__, A.__bases__)
class D(C): pass
print(D.__base__, D.__bases__)
C.__name__ = "Renamed"
print(C.__name__, repr(C))
try:
    C.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
class E: pass
C.__bases__ = (B, A)
print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])
print(issubclass(C, E))
