class Meta(type):
    m = "Meta.m"
    both = "Meta.both"
class Base(metaclass=Meta):
    b = "Base.b"
class C(Base):
    both = "C.both"
print(C.m, C.b, C.both)
print(C().b, C().both)
print(hasattr(C(), "m"))
print(type(C).m, Meta.m)
print(sorted(n for n in dir(C) if not n.startswith("__")))
print("m" in dir(Meta), "m" in dir(C))
