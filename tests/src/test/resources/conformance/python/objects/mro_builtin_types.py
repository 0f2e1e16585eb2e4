for t in [int, bool, float, str, list, tuple, dict, set, frozenset, range, slice, type, object, type(None)]:
    print(t.__name__, [k.__name__ for k in t.__mro__])
for t in [KeyError, UnboundLocalError, ZeroDivisionError, RecursionError, StopIteration]:
    print(t.__name__, [k.__name__ for k in t.__mro__])
print(type(len).__mro__, type(lambda: 0).__mro__)
