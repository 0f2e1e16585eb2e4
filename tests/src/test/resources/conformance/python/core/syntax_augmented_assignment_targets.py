calls = []
def idx(i):
    calls.append(i)
    return i
lst = [1, 2, 3]
lst[idx(0)] += 10
print(lst, calls)
class C:
    pass
c = C()
c.n = 5
c.n *= 3
print(c.n)
d = {"a": [1]}
d["a"] += [2]
print(d)
alias = d["a"]
d["a"] += [3]
print(alias, alias is d["a"])
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
