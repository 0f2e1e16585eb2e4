a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = a[:]
c.append(5)
print(a, c)
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
orig = []
print(mutate(orig), orig)
m = [[]] * 2
m[0].append("x")
print(m, m[0] is m[1])
n = [[] for _ in range(2)]
n[0].append("x")
print(n)
