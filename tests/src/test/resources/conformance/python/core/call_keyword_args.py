def f(a, b=2, c=3):
    return (a, b, c)
print(f(1))
print(f(1, c=30))
print(f(c=300, a=100))
print(f(1, 2, c=3))
try:
    f(1, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(b=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, d=4)
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], reverse=True))
print(int("ff", base=16))
print(dict(one=1, two=2))
