print(1 << 0, 1 << 1, 1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, 1 >> 1, 7 >> 10)
print(-1 >> 1, -8 >> 1, -9 >> 1, -1 >> 100)
print(-3 << 2, -(1 << 70) >> 60)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
print(True << 3)
