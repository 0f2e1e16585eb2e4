print(len("abc"), len(""), len([1, 2]), len(()), len({"a": 1}), len({1, 2, 3}), len(range(10)))
print(len(range(0, 100, 7)), len(frozenset()), len("日本"), len([[]]))
print(len({}.keys()), len(dict(a=1).items()))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
for bad in [5, None, 1.5, len, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
