print(1_000_000)
print(1_2_3)
print(0x_FF_FF)
print(1_000.000_1)
print(1e1_0)
print(int("1_000"))
print(float("1_0.5"))
try:
    int("1__0")
except ValueError as e:
    print("ValueError:", e)
try:
    int("_1")
except ValueError as e:
    print("ValueError:", e)
print(f"{1234567:_}", f"{1234567:,}", f"{255:_x}", f"{255:_b}")
