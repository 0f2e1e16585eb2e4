def find(d, key):
    return d.get(key)
result = find({"a": 1}, "b")
print("result is", result)
print(result.upper())
