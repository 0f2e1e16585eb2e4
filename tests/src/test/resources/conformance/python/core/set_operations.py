a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection([2, 3, 10]), a.difference({1}, {2}), a.symmetric_difference([4, 6]))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c.update([10, 11], {12})
print(c)
c.intersection_update({1, 10, 12})
print(c)
c.difference_update([1])
print(c)
c.symmetric_difference_update({10, 99})
print(sorted(c))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
