class C: pass
objs = [1, "s", [], C(), C, type, None, len, lambda: 0]
for o in objs:
    print(type(o).__name__, type(o) is o.__class__)
print(type(C()) is C, type(C) is type, type(type) is type)
c = C()
print(c.__class__ is C, C.__class__ is type, type.__class__ is type)
print(type.__name__, type.__qualname__, type.__module__, object.__module__, C.__module__)
