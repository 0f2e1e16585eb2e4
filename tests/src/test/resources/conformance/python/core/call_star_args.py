def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args))
print(f(1, *[2, 3]))
print(f(*(1, 2), 3))
print(f(*"123" if False else (4, 5, 6)))
print(f(*range(3)))
print(f(*[1], *[2], 3))
def g(*args):
    return args
print(g(*{}, *set(), *"ab"))
print(max(*[3, 9, 2]))
try:
    f(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
