print(0.1 + 0.2, 0.3 - 0.1, 1.1 * 3, 1.0 / 3)
print(2.5 * 4, 7.0 / 2, 1e308 * 10, -1e308 * 10)
print(1 + 2.0, 3 * 1.5, 10 - 0.5, type(1 + 1.0).__name__)
print(2.0 ** 0.5, 10.0 ** -2, (-8.0) ** 2)
print(abs(-2.5), -(-2.5), +2.5)
print(0.1 * 10 == 1.0, sum([0.1] * 10) == 1.0, sum([0.1] * 10))
print(1e-320 / 10, 5e-324 / 2)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-8.0) ** 0.5
except ValueError as e:
    print("ValueError:", e)
