from itertools import islice, count
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)), list(islice([], 5)), list(islice("ab", 10)))
print(list(islice(count(), 5, 10)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
try:
    islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
print(list(islice("abc", None)))
