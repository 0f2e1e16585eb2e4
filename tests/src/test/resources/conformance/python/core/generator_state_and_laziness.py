def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
g = noisy(3)
print("created, nothing produced yet")
for x in g:
    print("consumed", x)
    if x == 1:
        break
print("resuming:", next(g))
squares = (x * x for x in noisy(2))
print("genexpr created")
print(list(squares))
def running():
    yield g2.gi_running
g2 = running()
print(g2.gi_running, next(g2))
it = iter([1, 2, 3])
print(next(it), list(it))
print(iter(g) is g)
