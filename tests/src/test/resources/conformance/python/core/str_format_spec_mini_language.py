print(format(3.14159, ".3f"), format(42, "08b"), format(255, "#06x"))
print(format("s", "^5") + "|", format("s", "<3") + "|")
print(format(1234.5, ",.1f"), format(-0.5, "+.0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(1e100, ".3g"), format(123.456, ".4g"), format(0.00001, "g"))
print(format(12, ""), format(1.0, ""), format(None, ""))
print(format(10, "=+6"), format(-10, "06"), format(10, "^+7"))
print(format(1 / 3, ".15f"), format(2 / 3, "r") if False else format(2 / 3, ".17g"))
print(format(100, "e"), format(0, "e"), format(-1.25, "E"))
print(format(10 ** 20, ","), format(-1234, "_"))
print(format(0.1, ".20f"))
print(format(5, "x"), format(-255, "x"), format(-255, "#X"))
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
