for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 1), (5, 17)]:
    print(a, b, divmod(a, b))
print(divmod(10 ** 25, 7))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
