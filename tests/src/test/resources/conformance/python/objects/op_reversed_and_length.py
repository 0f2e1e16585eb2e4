class Seq:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
class WithReversed(Seq):
    def __reversed__(self):
        print("__reversed__")
        return iter(["custom", "order"])
print(list(reversed(Seq(1, 2, 3))))
print(list(reversed(WithReversed(1, 2))))
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError:", e)
class ReversedNone(Seq):
    __reversed__ = None
try:
    reversed(ReversedNone(1))
except TypeError as e:
    print("TypeError:", e)
print(len(Seq()), bool(Seq()), bool(Seq(0)))
