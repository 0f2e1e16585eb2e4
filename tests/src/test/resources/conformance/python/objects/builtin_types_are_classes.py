for t in [int, str, list, dict, tuple, set, float, bool, type, object, range]:
    print(t.__name__, type(t).__name__, isinstance(t, type), issubclass(t, object))
print(int.__bases__, bool.__bases__, object.__bases__, type.__bases__)
print(isinstance(int, object), isinstance(object, object))
print((5).__class__, "s".__class__.__class__)
print(int("5"), int.__call__("6"), type.__call__(int, "7"))
print(str.__len__("abcd"), list.__getitem__([1, 2], 1))
try:
    int.new_attribute = 1
except TypeError as e:
    print("TypeError:", e)
try:
    (5).new_attr = 1
except AttributeError as e:
    print("AttributeError:", e)
