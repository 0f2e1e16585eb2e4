d = {"a": 1, "b": 2}
print(d["a"], len(d), "a" in d, "z" in d, 1 in d)
d["c"] = 3
d["a"] = 100
print(d)
del d["b"]
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
print(d == {"c": 3, "a": 100}, d != {})
d2 = {1: "int", 1.0: "float?", 2: "two"}
print(d2)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
print(list(d), [k for k in d])
print(dict(a=1) | {"b": 2})
