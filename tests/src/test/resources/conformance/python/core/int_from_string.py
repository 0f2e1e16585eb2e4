print(int("42"), int("  -17  "), int("+8"), int("0"), int("007"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("101", 2), int("z", 36))
print(int("0x1f", 0), int("0b11", 0), int("0o10", 0), int("123", 0))
print(int("1_000_000"), int("\t12\n"))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int("12345678901234567890123"))
for bad in ["", "abc", "1.5", "0x10", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("010", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
