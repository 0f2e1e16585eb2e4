print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5, 5 != 5)
print(1 == 1.0, 1 < 1.5, 2 ** 64 > 1e19, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(True == 1, False == 0, True < 2)
print(10 ** 30 == 10 ** 30, -(10 ** 30) < 0)
print(max(3, 1, 2), min(-1, -5))
print(1 == "1", 1 != "1")
try:
    1 < "1"
except TypeError as e:
    print("TypeError:", e)
print(float("nan") == float("nan"), 1 < float("inf"), -(10 ** 400) < float("-inf"))
