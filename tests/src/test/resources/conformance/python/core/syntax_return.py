def none_implicit():
    x = 1
def none_explicit():
    return
def multiple():
    return 1, "two", 3.0
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
def in_loop():
    while True:
        return "left loop"
print(none_implicit(), none_explicit())
print(multiple())
print(type(multiple()).__name__)
print(early(10), early(0))
print(in_loop())
def nested():
    def inner():
        return "inner"
    return inner() + "+outer"
print(nested())
