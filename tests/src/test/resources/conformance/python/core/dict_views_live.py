d = {"a": 1}
keys = d.keys()
vals = d.values()
items = d.items()
print(keys, vals, items)
d["b"] = 2
print(keys, vals, items)
del d["a"]
print(list(keys), list(vals), list(items))
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))
