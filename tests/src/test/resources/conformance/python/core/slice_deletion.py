lst = list(range(10))
del lst[2:4]
print(lst)
del lst[::3]
print(lst)
del lst[-2:]
print(lst)
del lst[::-1]
print(lst)
lst = list("abcdef")
del lst[100:]
print(lst)
del lst[:]
print(lst)
