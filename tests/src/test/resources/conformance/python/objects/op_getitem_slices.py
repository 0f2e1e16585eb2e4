class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return f"slice({key.start}, {key.stop}, {key.step})"
        if isinstance(key, tuple):
            return f"tuple{key}"
        return f"index {key!r}"
s = Seq()
print(s[1], s[-1], s["x"])
print(s[1:2], s[:], s[::2], s[1:], s[:-1], s[::-1])
print(s[1:2, 3], s[..., 0], s[:, ::2])
class Sliceable:
    def __init__(self, items):
        self.items = list(items)
    def __getitem__(self, key):
        result = self.items[key]
        return Sliceable(result) if isinstance(key, slice) else result
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"Sliceable({self.items})"
sl = Sliceable(range(10))
print(sl[2:8:2], sl[-1], len(sl[::3]))
print(slice(1, 10, 2).indices(len(sl)))
