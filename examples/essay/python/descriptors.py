# A descriptor written in Python: what @property does under the hood.
class MagnitudeDescriptor:
    def __get__(self, instance, owner):
        if instance is None:
            return self
        return (instance.x ** 2 + instance.y ** 2) ** 0.5

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    magnitude = MagnitudeDescriptor()

v = Vector(3, 4)
print(v.magnitude)                               # 5.0: found on the class, __get__ ran
print(type(Vector.magnitude).__name__)           # the class access returns the descriptor

class Descriptor:
    def __get__(self, instance, owner):
        print('called!')

class Foo:
    bar = Descriptor()

Foo.bar  # called!
type.__getattribute__(Foo, 'bar')  # called!
print(type(object.__getattribute__(Foo, 'bar')).__name__)  # the raw descriptor: no call
