print(float(1), float(-3), float("3.5"), float("  -2.25 "), float("1e3"), float("1_000.5"))
print(int(2.9), int(-2.9), int(0.0), int(-0.5), int(1e16))
print(float(10 ** 20), float(2 ** 100))
print(int(12345678901234567890.0))
for bad in ["", "x", "1.2.3", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(float(True), float(".5"), float("5."))
print(3.0 == 3, hash(3.0) == hash(3), 0.5 == 1 / 2)
