# oh, a fun wrinkle that's hard to express in pure python: type is a class, so
# it's an instance of itself
print(type(type) is type)
print(isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(type(object), type.__bases__, object.__bases__)
print(type.__mro__)
print(type(int), type(type(int)))
class M(type):
    pass
class C(metaclass=M):
    pass
print(type(C).__name__, type(M).__name__, isinstance(C, type))
