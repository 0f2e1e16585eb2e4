# The essay's sketch of what type.__getattribute__ effectively does, made
# runnable: it lives on a metaclass (not on a class named `type`), and it
# fetches the raw value with object.__getattribute__ so it can show the
# descriptor step itself.
class Meta(type):
    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        # like all op overloads, __get__ must be on the type, not the instance
        ty = type(value)
        if hasattr(ty, '__get__'):
            # it's a descriptor!  this is a class access so there is no instance
            print("descriptor", ty.__name__, "for", name)
            return ty.__get__(value, None, self)
        else:
            return value

class Descriptor:
    def __get__(self, instance, owner):
        return "got instance=%r owner=%s" % (instance, owner.__name__)

class Foo(metaclass=Meta):
    bar = Descriptor()
    plain = 42
    def method(self):
        return "method"

print(Foo.bar)
print(Foo.plain)
print(Foo.method(None))
print(object.__getattribute__(Foo, '__dict__')['plain'])
