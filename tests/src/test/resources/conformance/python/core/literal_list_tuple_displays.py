print([], [1], [1, 2, 3], [1, "a", None, [2]])
print([1, 2,], (1, 2,))
print((), (1,), (1, 2), ((1,),))
t = 1, 2, 3
print(t, type(t).__name__)
single = 1,
print(single)
print(type((1)).__name__, type((1,)).__name__)
print([[]] * 3, [0] * 0)
print(list(), tuple(), list("ab"), tuple([1, 2]))
