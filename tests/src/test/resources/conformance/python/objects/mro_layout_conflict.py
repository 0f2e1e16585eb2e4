try:
    class Bad(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(list, dict):
        pass
except TypeError as e:
    print("TypeError:", e)
class Fine(int, object):
    pass
print([k.__name__ for k in Fine.__mro__], Fine(5) + 1)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    class Both(S1, S2):
        pass
except TypeError as e:
    print("TypeError:", e)
class E1(Exception): pass
class E2(ValueError): pass
class Multi(E1, E2): pass
print([k.__name__ for k in Multi.__mro__])
