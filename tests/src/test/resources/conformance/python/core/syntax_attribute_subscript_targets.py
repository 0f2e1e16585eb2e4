class Obj:
    pass
o = Obj()
o.a = 1
o.b = [0, 1, 2]
o.b[1] = "one"
o.c = {}
o.c["key"] = o.a + 10
print(o.a, o.b, o.c)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
grid[0][0] = grid[1][2] * 2
print(grid)
d = {"x": {"y": {}}}
d["x"]["y"]["z"] = "deep"
print(d)
o.inner = Obj()
o.inner.value = 99
print(o.inner.value)
lst = [1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[-1] = "last"
print(lst)
