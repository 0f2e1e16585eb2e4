s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(None, None, -1))
print("abcdefgh"[s], list(range(10))[s])
print(s.indices(3), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1:2], p[::3], p[:], p[1:2, 3], p[...], p[1:2:None])
print(type(p[1:]).__name__)
