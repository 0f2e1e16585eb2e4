records = [("b", 1), ("a", 2), ("c", 1), ("a", 1), ("b", 2)]
print(sorted(records, key=lambda r: r[0]))
print(sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[0]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(["10", "9", "100"], key=int), sorted(["10", "9", "100"]))
print(sorted([[3, 1], [1], [2, 2]], key=sum), sorted([(1, 2), (1,), ()]))
print(sorted("Hello World", key=str.lower))
