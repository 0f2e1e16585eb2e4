# Object creation is type(cls).__call__(cls, ...): __new__, then __init__.
class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__ for", cls.__name__, args)
        instance = cls.__new__(cls, *args, **kwargs)
        if isinstance(instance, cls):
            instance.__init__(*args, **kwargs)
        return instance

class Point(metaclass=Meta):
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print(p.x, p.y, type(Point).__name__)

class Cached(type):
    cache = {}
    def __call__(cls, key):
        if key not in cls.cache:
            cls.cache[key] = super().__call__(key)
        return cls.cache[key]

class Thing(metaclass=Cached):
    def __init__(self, key):
        print("creating", key)
        self.key = key

print(Thing("a") is Thing("a"), Thing("b").key)
