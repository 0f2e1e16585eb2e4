a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5)
print(-1 & 0xFF, -256 & 0xFF)
print(~0, ~1, ~-1)
big = 1 << 100
print(big | 1, big & (big - 1), (big - 1) ^ big)
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 3).__name__)
print({1, 2} & {2, 3}, {1} | {2}, {1, 2} ^ {2, 3})
