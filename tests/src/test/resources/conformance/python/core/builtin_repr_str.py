vals = [1, -2.5, "s", 'q"uote', None, True, [1, "a"], (1,), {"k": [1]}, {1}, range(2), slice(1, 2),
        NotImplemented, Ellipsis, 10 ** 20, 1e-9, frozenset([1]), set(), ""]
for v in vals:
    print(repr(v), "|", str(v))
print(repr(int), repr(str), repr(type), repr(object), repr(ValueError), str(list))
print(repr(len), repr(print))
print(repr(str()), str(123), str(0.5))
print(repr(ValueError("m")), str(ValueError("m")))
