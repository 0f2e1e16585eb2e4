def loud(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@loud
def add(a, b):
    return a + b
add(2, 3)
add(a=1, b=1)
print(add.__name__)
def register(func):
    registry.append(func.__name__)
    return func
registry = []
@register
def one(): pass
@register
def two(): pass
print(registry, one.__name__)
def replace(func):
    return 42
@replace
def gone(): pass
print(gone)
