print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(0)))
print(list(range(5, 0, -1)), list(range(-5, -1)), list(range(10, 0, -3)), list(range(0, -5, -2)))
r = range(3, 20, 4)
print(r.start, r.stop, r.step, len(r), r[0], r[-1], r[1:3])
print(7 in r, 8 in r, r.index(11), r.count(15))
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 5), range(1, 2) == range(1, 3))
print(range(10 ** 20)[-1], len(range(10 ** 6)))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(range(4))), type(range(3)).__name__)
