class WithEq:
    def __eq__(self, o):
        return True
print(WithEq.__hash__)
try:
    hash(WithEq())
except TypeError as e:
    print("TypeError:", e)
try:
    {WithEq()}
except TypeError as e:
    print("TypeError:", e)
try:
    {WithEq(): 1}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), Plain.__hash__ is object.__hash__)
class Sub(WithEq):
    pass
print(Sub.__hash__)
class Restored(WithEq):
    __hash__ = object.__hash__
r = Restored()
print(hash(r) == hash(r), len({r, r}))
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError:", e)
print(isinstance(WithEq(), object), "__hash__" in WithEq.__dict__)
