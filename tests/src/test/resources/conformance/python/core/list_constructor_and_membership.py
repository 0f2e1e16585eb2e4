print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}))
print(list({"a": 1}.items()), list(x * 2 for x in range(3)))
lst = [1, [2], "three", (4,)]
print(1 in lst, [2] in lst, "t" in lst, (4,) in lst, 5 not in lst)
print(len(lst), len([]), bool([]))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
x = [3, 1, 2]
y = list(x)
print(y == x, y is x)
print(sum([[1], [2]], []))
