for n in [-1, 0, 1]:
    print("pos" if n > 0 else "zero" if n == 0 else "neg")
x = 5
y = x * 2 if x > 3 else x / 2
print(y)
def side(v):
    print("evaluated", v)
    return v
print(side("a") if True else side("b"))
print(side("a") if False else side("b"))
print((1 if [] else 2) + 10)
f = (lambda: "L") if x else None
print(f())
