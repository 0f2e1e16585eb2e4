d = {}
for k in ["zebra", "apple", "mango", 3, 1, 2]:
    d[k] = len(str(k))
print(list(d))
d["apple"] = 100
print(list(d))
del d["zebra"]
d["zebra"] = 0
print(list(d))
print(list({3: "c", 1: "a", 2: "b"}.items()))
print(dict.fromkeys("cab"), dict.fromkeys([1, 2], 0))
print(dict(zip("abc", [3, 2, 1])))
m = dict.fromkeys(["x"], [])
m["x"].append(1)
print(m)
