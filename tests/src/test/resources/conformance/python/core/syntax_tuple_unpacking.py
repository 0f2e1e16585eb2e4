a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
print(c, d)
e, = [5]
print(e)
x, y, z = "xyz"
print(x, y, z)
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
p, q = range(2)
print(p, q)
try:
    m, n = [1, 2, 3]
except ValueError as ex:
    print("ValueError:", ex)
try:
    m, n, o = [1, 2]
except ValueError as ex:
    print("ValueError:", ex)
try:
    m, n = 5
except TypeError as ex:
    print("TypeError:", ex)
