a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(hash(1) == 1, hash(0), hash(-1), hash(-2), hash(10 ** 20) == hash(10 ** 20))
print(hash(1.0) == hash(1), hash(True) == hash(1), hash(0.5) == hash(0.5))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in [[], {}, set(), ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
class K:
    pass
k = K()
print(hash(k) == hash(k), id(k) == id(k))
