from itertools import product
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=2)))
print(list(product("ab", "x", repeat=2)))
print(list(product()), list(product([], [1])))
print(len(list(product(range(3), range(4), range(5)))))
print(["".join(p) for p in product("01", repeat=3)])
