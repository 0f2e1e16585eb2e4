class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v
lst = ["a", "b", "c", "d"]
print(lst[Idx(1)], lst[Idx(-1)])
print(lst[Idx(1):Idx(3)])
print("xyz" * Idx(2), [0] * Idx(2))
print(range(Idx(3)), hex(Idx(255)), bin(Idx(2)), oct(Idx(8)))
print(int(Idx(5)))
print(Idx(7).__index__())
print((1, 2, 3)[Idx(0)], "abc"[Idx(2)])
class NotIdx:
    def __int__(self):
        return 1
try:
    lst[NotIdx()]
except TypeError as e:
    print("TypeError:", e)
class BadIdx:
    def __index__(self):
        return 1.5
try:
    lst[BadIdx()]
except TypeError as e:
    print("TypeError:", e)
