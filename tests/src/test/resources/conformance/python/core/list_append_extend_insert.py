lst = []
lst.append(1)
lst.append([2, 3])
print(lst)
lst.extend([4, 5])
lst.extend("ab")
lst.extend(range(2))
lst.extend(())
print(lst)
lst.insert(0, "start")
lst.insert(-1, "before last")
lst.insert(100, "end")
lst.insert(-100, "very start")
print(lst)
print(lst.append(9))
a = [1]
a.extend(a)
print(a)
a += [7]
a *= 2
print(a)
