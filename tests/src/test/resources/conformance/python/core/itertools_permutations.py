from itertools import permutations
print(list(permutations([1, 2, 3])))
print(list(permutations("abc", 2)))
print(list(permutations([], 0)), list(permutations([1], 2)), list(permutations([1, 2], 0)))
print(len(list(permutations(range(5)))), len(list(permutations(range(6), 3))))
print(["".join(p) for p in permutations("aab")])
