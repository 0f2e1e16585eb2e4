def greet(name, punct="!"):
    "Say hello."
    return "hello " + name + punct
print(greet.__name__, greet.__doc__, greet.__defaults__)
alias = greet
print(alias("x"), alias.__name__, alias is greet)
funcs = {"g": greet, "u": str.upper}
print(funcs["g"]("y"), funcs["u"]("z"))
def apply(f, *args):
    return f(*args)
print(apply(greet, "z", "?"), apply(len, "four"), apply(lambda: "L"))
greet.custom = 123
print(greet.custom, greet.__dict__)
print(type(greet).__name__, callable(greet), type(len).__name__, type(lambda: 0).__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, greet.__qualname__, (lambda: 0).__name__)
print(greet.__module__)
