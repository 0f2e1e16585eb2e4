print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.0, 2), divmod(-7.5, 2.5), divmod(10 ** 20, 3))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(0, 0))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(7, -1, 10))
print(pow(10, 100, 997), pow(2, 0.5))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
