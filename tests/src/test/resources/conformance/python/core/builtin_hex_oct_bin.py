print(hex(0), hex(255), hex(-255), hex(2 ** 64), hex(True))
print(oct(0), oct(8), oct(-8), oct(511))
print(bin(0), bin(5), bin(-5), bin(2 ** 10))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()))
for f in (hex, oct, bin):
    try:
        f(1.5)
    except TypeError as e:
        print("TypeError:", e)
print(int(hex(12345), 16), int(bin(77), 2), int(oct(99), 8))
