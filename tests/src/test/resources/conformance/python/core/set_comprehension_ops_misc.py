s = {x for x in range(10) if x % 3 == 0}
print(s)
print(min(s), max(s), sum(s), sorted(s, reverse=True))
t = s.copy()
t.add(100)
print(s, t)
print(len(set(range(1000))), set(range(5)) - set(range(2, 10)))
print({(1, 2), (1, 2)}, {None})
