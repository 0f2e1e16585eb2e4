from itertools import count, islice
c = count()
print(next(c), next(c), next(c))
print(list(islice(count(10), 4)), list(islice(count(5, -2), 4)), list(islice(count(0.5, 0.25), 3)))
for i in count(1):
    if i > 3:
        break
    print("i", i)
print(list(zip(count(), "abc")))
print(repr(count(3)), repr(count(1, 2)))
