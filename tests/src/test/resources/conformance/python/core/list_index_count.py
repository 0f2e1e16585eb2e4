lst = ["a", "b", "c", "b", "a"]
print(lst.index("b"), lst.index("b", 2), lst.index("a", 1, 5))
print(lst.count("a"), lst.count("z"), [[1], [1]].count([1]))
try:
    lst.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    lst.index("a", 1, 3)
except ValueError as e:
    print("ValueError:", e)
print([1, 1.0, True].count(1))
