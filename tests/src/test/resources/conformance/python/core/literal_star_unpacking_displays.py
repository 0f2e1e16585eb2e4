a = [1, 2]
b = (3, 4)
print([*a, *b])
print((*a, 0, *b))
print([*"hi", *range(2)])
print({*a, *b, 1})
print(*a, *b)
print([*[], *()])
t = *a, *b
print(t)
print([*{"k": 1, "j": 2}])
print(len([*range(100)]))
