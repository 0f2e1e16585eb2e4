def standalone(self, x):
    return f"{self!r} got {x}"
class K:
    def __repr__(self):
        return "K()"
k = K()
bound = standalone.__get__(k, K)
print(type(bound).__name__, bound(1), bound.__self__, bound.__func__ is standalone)
print(standalone.__get__(None, K) is standalone)
K.attached = standalone
print(k.attached(2))
import types
mt = types.MethodType(standalone, "a string")
print(mt(3), type(mt) is type(bound))
print(types.MethodType(standalone, k) == bound)
try:
    types.MethodType(standalone, None)
except TypeError as e:
    print("TypeError:", e)
