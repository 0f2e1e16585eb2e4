# Sorting lists longer than 64 items (the merge path): stability with keys, reverse, user __lt__.
data = [((i * 7919) % 1000, i) for i in range(5000)]
a = sorted(data, key=lambda p: p[0])
print(a[:5], a[-3:])
b = sorted([str(x) for x in range(3000)], reverse=True)
print(b[:5])
c = sorted([(x * 37) % 101 for x in range(200)])
print(c[:10], c[-5:])
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
d = sorted([K((i * 13) % 7) for i in range(100)], key=lambda k: k)
print([k.v for k in d][:20])
