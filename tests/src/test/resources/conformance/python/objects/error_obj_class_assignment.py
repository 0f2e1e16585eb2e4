class A:
    pass
class B:
    __slots__ = ("v",)
a = A()
print(type(a).__name__)
a.__class__ = B
