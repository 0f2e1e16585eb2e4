def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 7)
find([], 1)
for ch in "hi":
    print(ch)
else:
    print("for-else")
for x in range(0):
    pass
else:
    print("empty iterable else")
for i in range(3):
    pass
print("loop var after loop:", i)
for k in {"a": 1, "b": 2}:
    print("key", k)
for a, b in zip("xy", [1, 2]):
    print(a, b)
