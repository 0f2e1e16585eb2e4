lst = list(range(6))
print(lst.pop(), lst)
print(lst.pop(0), lst)
print(lst.pop(-2), lst)
lst.remove(2)
print(lst)
lst2 = [1, 2, 1, 2]
lst2.remove(2)
print(lst2)
try:
    lst2.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
c = [1, 2, 3]
c.clear()
print(c)
