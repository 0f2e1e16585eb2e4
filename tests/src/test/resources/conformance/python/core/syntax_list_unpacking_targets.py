[a, b] = (10, 20)
print(a, b)
[c, [d, e]] = [1, [2, 3]]
print(c, d, e)
[f, (g, h)] = "a", "bc"
print(f, g, h)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "third"
print(lst)
i = 0
lst2 = [9, 9]
i, lst2[i] = 1, "x"   # i is assigned before lst2[i] is evaluated
print(i, lst2)
