class A:
    pass
a = A()
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    a.__class__ = "A"
except TypeError as e:
    print("TypeError:", e)
class S:
    __slots__ = ("x",)
try:
    a.__class__ = S
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
print(type(a).__name__)
