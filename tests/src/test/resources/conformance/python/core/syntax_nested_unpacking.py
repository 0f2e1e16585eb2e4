(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
points = [((0, 0), "origin"), ((1, 2), "p")]
for (x, y), name in points:
    print(name, x + y)
(first, *others), last = [1, 2, 3], 4
print(first, others, last)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
