s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s)
s.add(4)
s.add(1)
print(s)
s.remove(4)
s.discard(100)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(set([1, 1, 2]), set("aab") == {"a", "b"}, set())
print(sorted(set("hello")))
p = {5, 6}
print(p.pop() in (5, 6), len(p))
p.clear()
print(p)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print({1, 2} == {2, 1}, {1} != {1.0}, {True, 1, 1.0})
