import functools

# The essay's pure-Python model of how functions bind: a descriptor whose
# __get__ bundles the function and the instance, like functools.partial.
class FunctionType:
    def __init__(self, func):
        self.func = func
    def __call__(self, *args, **kwargs):
        return self.func(*args, **kwargs)
    def __get__(self, instance, owner):
        if instance is None:
            return self
        return functools.partial(self, instance)

class Greeter:
    def __init__(self, name):
        self.name = name
    @FunctionType
    def greet(self, greeting):
        return greeting + ", " + self.name

g = Greeter("Ann")
print(g.greet("Hello"))
bound = g.greet
print(type(bound).__name__, bound.args[0] is g, bound("Hi"))
print(type(Greeter.greet).__name__)
print(Greeter.greet(g, "Hey"))
