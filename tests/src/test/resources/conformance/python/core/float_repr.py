values = [0.1, 0.2, 0.3, 0.1 + 0.2, 1.0, 1.5, 100.0, 1e15, 1e16, 1.234e16, 1e-4, 1e-5,
          123456789.123, 0.000001, 3.0e-7, 1e100, 2.5e-300, 1 / 3, 2 / 3, 10 / 3,
          float(2 ** 53), float(2 ** 63), 12345678901234567.0, 0.5e-6, 9.5, 1.1 * 1.1]
for v in values:
    print(repr(v), str(v))
print(-1.5, -0.0, float("-0"), 1e308 * 10, -1e308 * 10)
print(float("1e500"), float("-inf"), float("nan"), float("-nan"))
print(str(1e16).__len__(), repr(1e-7))
print([0.1, 1e20, -2.0])
