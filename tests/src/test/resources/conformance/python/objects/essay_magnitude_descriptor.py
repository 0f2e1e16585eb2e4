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

somevec = Vector(3, 4)
print(somevec.magnitude)
print(type(Vector.magnitude).__name__)
print(Vector.magnitude is Vector.__dict__['magnitude'])
somevec.x = 6
somevec.y = 8
print(somevec.magnitude)
# a non-data descriptor: an instance attribute shadows it
somevec.magnitude = "shadowed"
print(somevec.magnitude, vars(somevec))
del somevec.magnitude
print(somevec.magnitude)
# descriptors must be on the class to work
other = Vector(1, 0)
other.__dict__['mag2'] = MagnitudeDescriptor()
print(type(other.mag2).__name__)
