x = 5
print(1 < x < 10)
print(1 < x > 10)
print(1 < 2 < 3 < 4 < 3)
print(x == 5 == 5.0)
print(1 < 3 > 2)
print(1 == 1 != 2)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(0 < 1 in [1, 2])
print("a" < "b" <= "b" < "c")
print([1, 2] < [1, 3] < [2])
print(None is None is not False)
