class Show:
    def __get__(self, inst, owner=None):
        return "inst=%s owner=%s" % (type(inst).__name__ if inst is not None else None, owner.__name__ if owner else None)
class Base:
    attr = Show()
class Sub(Base):
    pass
print(Base.attr)
print(Sub.attr)
print(Base().attr)
print(Sub().attr)
d = Base.__dict__["attr"]
print(d.__get__(Sub(), Base))
print(d.__get__(None, Sub))
print(d.__get__(5))
