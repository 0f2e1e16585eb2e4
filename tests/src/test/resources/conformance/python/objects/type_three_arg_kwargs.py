class Base:
    def __init_subclass__(cls, label="none", **kw):
        super().__init_subclass__(**kw)
        cls.label = label
        print("init_subclass", cls.__name__, label)
A = type("A", (Base,), {}, label="from type()")
print(A.label)
B = type("B", (Base,), {})
print(B.label)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
C = Meta("C", (Base,), {}, label="via Meta")
print(type(C).__name__, C.label)
try:
    type("D", (), {}, unexpected=1)
except TypeError as e:
    print("TypeError:", e)
