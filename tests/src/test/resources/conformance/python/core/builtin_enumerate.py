print(list(enumerate("abc")))
print(list(enumerate(["x", "y"], 1)), list(enumerate([5], start=-3)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
e = enumerate("ab")
print(next(e), next(e), next(e, "done"))
print(list(enumerate([])), dict(enumerate("xy")))
print(type(enumerate([])).__name__)
