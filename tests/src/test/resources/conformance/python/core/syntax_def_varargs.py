def f(*args):
    return args
print(f())
print(f(1))
print(f(1, "two", [3]))
print(type(f()).__name__)
def g(first, *rest):
    return first, rest
print(g(1))
print(g(1, 2, 3))
def total(*nums, start=0):
    return sum(nums, start)
print(total(1, 2, 3))
print(total(1, 2, start=10))
def count(*args):
    return len(args)
print(count(*range(5)), count(*"ab", *[1]))
