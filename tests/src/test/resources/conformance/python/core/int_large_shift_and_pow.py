print(1 << 200)
print((1 << 200) >> 199)
print(3 ** 100)
print(-(3 ** 101))
print((2 ** 127 - 1) % 1000007)
print(pow(3, 200, 10 ** 9 + 7))
print(pow(2, -1, 7), pow(3, -2, 11))
x = 1
for i in range(1, 31):
    x *= i
print(x)
print(x // (2 ** 26), x % (10 ** 7))
print((10 ** 50 + 1) * (10 ** 50 - 1))
print(len(str(2 ** 1000)))
print(hex(2 ** 70), bin(2 ** 65 + 1), oct(2 ** 64))
