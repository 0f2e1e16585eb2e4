print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}))
print(dict([("a", 1)], b=2), dict(zip(range(3), "abc")))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} == {1.0: 1}, {} == {})
print({"a": [1]} == {"a": [1]}, {"a": 1} == {"a": 1, "b": 2})
d = dict(a=1)
e = dict(d)
e["b"] = 2
print(d, e)
try:
    dict([1, 2])
except TypeError as ex:
    print("TypeError:", ex)
try:
    {"a": 1} < {"b": 2}
except TypeError as ex:
    print("TypeError:", ex)
print(len({i: i for i in range(100)}), {i: i for i in range(100)}[57])
