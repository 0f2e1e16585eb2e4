f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f)
print(frozenset(), type(f).__name__)
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__)
print(f & frozenset([1, 5]), f - {1})
d = {f: "frozen key"}
print(d[frozenset([1, 2, 3])])
print({frozenset([1]), frozenset([1])})
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(f == {1, 2, 3}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(sorted(frozenset("abc")))
