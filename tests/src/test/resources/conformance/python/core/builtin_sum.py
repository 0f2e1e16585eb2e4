print(sum([1, 2, 3]), sum([]), sum((1.5, 2.5)), sum(range(101)))
print(sum([1, 2], 10), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([0.1] * 10), sum([True, True, False]))
print(sum(x * x for x in range(4)), sum({1: "a", 2: "b"}))
print(sum([10 ** 20, 10 ** 20]), sum([1, 2.0]), type(sum([1, 2.0])).__name__)
print(sum([], start=5), sum(iter([1, 2]), start=-3))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
