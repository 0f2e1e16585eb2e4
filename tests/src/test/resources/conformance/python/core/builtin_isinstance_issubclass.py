print(isinstance(1, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", str))
print(isinstance(True, int), isinstance([], (tuple, (dict, list))), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(A, A))
print(issubclass(bool, int), issubclass(int, object), issubclass(B, (int, A)), issubclass(type, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, ()), issubclass(B, ()))
