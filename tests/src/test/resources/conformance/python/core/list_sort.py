nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
print(nums.sort())
stable = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
stable.sort(key=lambda t: t[1])
print(stable)
stable.sort(key=lambda t: t[1], reverse=True)
print(stable)
mixed = [3, "a"]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e)
floats = [2.5, -1, 0, 1e10, -0.5]
floats.sort()
print(floats)
