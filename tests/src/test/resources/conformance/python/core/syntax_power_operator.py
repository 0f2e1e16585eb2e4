print(2 ** 10, 2 ** 0, 0 ** 0)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 3)
print(2 ** -2, 10 ** -1)
print(4 ** 0.5, 2.0 ** 3)
print(2 ** 100)
print((-8) ** 2, (-1) ** 101)
print(1.5 ** 2)
print(type(2 ** 2).__name__, type(2 ** -2).__name__)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2, 5), pow(2, 5, 3), pow(-2, 3))
