# The essay's pure-Python type.__call__, made runnable on a metaclass.
class Meta(type):
    def __call__(self, *args, **kwargs):
        # remember, here 'self' is a CLASS, an instance of type.
        # __new__ is a true constructor: object.__new__ allocates storage
        # for a new blank object
        print("Meta.__call__", self.__name__, args, kwargs)
        instance = self.__new__(self, *args, **kwargs)
        # you can return whatever you want from __new__ (!), and __init__
        # is only called on it if it's of the right type
        if isinstance(instance, self):
            instance.__init__(*args, **kwargs)
        return instance

class Point(metaclass=Meta):
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__)
        return object.__new__(cls)
    def __init__(self, x, y=0):
        print("__init__", x, y)
        self.x, self.y = x, y

class Weird(metaclass=Meta):
    def __new__(cls, value):
        return value * 2
    def __init__(self, value):
        print("never called")

p = Point(1, y=2)
print(p.x, p.y)
print(Weird(21))
