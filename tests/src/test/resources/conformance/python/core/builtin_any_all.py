print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any([0, 1]), all([1, 0]), any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
print(any("abc"), all(""), any({0: "a"}), all({1: 0}))
calls = []
def check(x):
    calls.append(x)
    return x
print(any(check(x) for x in [0, 1, 2, 3]), calls)
calls.clear()
print(all(check(x) for x in [1, 0, 2]), calls)
try:
    any(5)
except TypeError as e:
    print("TypeError:", e)
