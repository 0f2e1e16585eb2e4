a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
d = {}
d["k"] = d2 = d3 = 5
print(d, d2, d3)
i = lst = 0
print(i, lst)
p = q = (1, 2)
print(p, q)
m, n = o = 3, 4
print(m, n, o)
class Box:
    pass
box = Box()
box.v = box.w = "shared"
print(box.v, box.w)
# evaluation order: right-hand side first, then targets left to right
order = []
class Rec:
    def __setitem__(self, k, v):
        order.append((k, v))
r = Rec()
r[1] = r[2] = "val"
print(order)
