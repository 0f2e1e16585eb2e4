print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min((1.5, -1)))
print(max([1, 2], [1, 3]), min("b", "a", "c"))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([], default="empty"), max([], default=None), max([7], default=0))
print(max(1, 2.5, True), min(False, 0), max(0, False))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.values()))
print(max([(1, "b"), (1, "a")]), min(range(5, 0, -1)))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    max(5)
except TypeError as e:
    print("TypeError:", e)
