print({x: x * x for x in range(4)})
print({k: v for k, v in [("a", 1), ("b", 2)]})
words = ["apple", "bob", "cat", "banana"]
print({w[0]: w for w in words})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({i: [j for j in range(i)] for i in range(3)})
print({k: v for k, v in zip("abc", range(3)) if v})
print({} == {x: x for x in ()})
