from functools import wraps
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return "logged " + str(func(*args, **kwargs))
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2))
print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(3, 4))
def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper
@plain
def sub(a, b):
    """Subtract."""
    return a - b
print(sub.__name__, sub.__doc__)
def with_attrs(f):
    f.tag = "tagged"
    return f
@logged
@with_attrs
def mul(a, b):
    return a * b
print(mul(2, 3), mul.tag, mul.__name__)
