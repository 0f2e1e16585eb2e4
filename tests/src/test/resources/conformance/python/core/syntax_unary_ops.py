x = 5
print(-x, +x, ~x, not x)
print(- -x, -(-x), --x, ~~x)
print(-0, -0.0, +(-3.5))
print(-True, +True, ~True, ~False)
print(not not x)
print(-(2 ** 70))
print(abs(-x), -abs(x))
