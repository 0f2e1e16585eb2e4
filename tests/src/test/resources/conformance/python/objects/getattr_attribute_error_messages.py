class Plain:
    pass
class WithSlots:
    __slots__ = ("a",)
for target, name in [(Plain(), "nope"), (Plain, "nope"), (WithSlots(), "a"), (WithSlots(), "b"), (type, "nope"), (Plain.__dict__, "x")]:
    try:
        getattr(target, name)
    except AttributeError as e:
        print("AttributeError:", e)
class Meta(type):
    pass
class M(metaclass=Meta):
    pass
try:
    M.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Plain().x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Plain.x
except AttributeError as e:
    print("AttributeError:", e)
e = AttributeError("custom")
print(e.args, str(e))
