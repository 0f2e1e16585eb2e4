def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@add_greeting
class Person:
    pass
print(Person().greet())
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register("circle")
class Circle:
    pass
@register("square")
class Square:
    pass
print(sorted(registry), registry["circle"] is Circle)
def replace_with_instance(cls):
    return cls()
@replace_with_instance
class Singleton:
    def __repr__(self): return "<the singleton>"
print(Singleton)
