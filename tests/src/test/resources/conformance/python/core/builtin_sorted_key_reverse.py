print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True))
print(sorted("hello"), sorted(("b", "a")), sorted({3: 0, 1: 0}), sorted({2, 9, 4}))
print(sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([]), sorted([], reverse=True), sorted(x % 3 for x in range(6)))
print(sorted([-3, 2, -1], key=abs), sorted([0.5, -1, 2, True]))
orig = [2, 1]
res = sorted(orig)
print(orig, res, res is orig)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
