a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 1 in a, 3 not in a, not a)
print("ell" in "hello", "" in "abc", "z" not in "abc")
d = {"k": 1}
print("k" in d, 1 in d, 1 in d.values())
print((1, 2) in [(1, 2), (3, 4)])
print(2 in range(0, 10, 2), 3 in range(0, 10, 2))
print(3 in {1, 2, 3})
print(not 0, not "", not [0], not None)
print(True is not False)
x = 5
print(not x > 3, not (x > 3))
