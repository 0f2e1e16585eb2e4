t = (1, "a", [2])
print(t, len(t), t[0], t[-1])
t[2].append(3)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print((1, 2) + (3,), (0,) * 3, () * 5)
print((1,), (), tuple(), tuple("ab"), type(()).__name__)
print((1, 2, 3).index(2), (1, 1, 2).count(1))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 99))
print(1 in (1, 2), 3 not in (1, 2))
x, y = t[:2]
print(x, y)
print(hash((1, 2)) == hash((1, 2)))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0])
try:
    {([1], 2): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
