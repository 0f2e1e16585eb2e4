class Desc:
    def __get__(self, inst, owner):
        return "desc(%s, %s)" % (type(inst).__name__, owner.__name__)
class Foo:
    bar = Desc()
    def method(self):
        return "method"
f = Foo()
f.inst = "instance value"
print(object.__getattribute__(f, "inst"))
print(object.__getattribute__(f, "bar"))
print(object.__getattribute__(f, "method")())
print(type(object.__getattribute__(Foo, "bar")).__name__)
print(type.__getattribute__(Foo, "bar"))
print(type(type.__getattribute__(Foo, "method")).__name__)
print(type(object.__getattribute__(f, "method")).__name__)
try:
    object.__getattribute__(f, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    type.__getattribute__(f, "inst")
except TypeError as e:
    print("TypeError:", e)
print(f.__getattribute__("inst"), Foo.__getattribute__(f, "inst"))
