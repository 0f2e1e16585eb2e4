x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)]
print(f())
funcs = [lambda: n for n in range(3)]
print([g() for g in funcs])
i = "unchanged"
total = sum(i for i in range(4))
print(total, i)
d = {k: k for k in "ab"}
try:
    print(k)
except NameError as e:
    print("NameError:", e)
class C:
    base = 10
    vals = [base + 1]
    try:
        doubled = [base * j for j in range(3)]
    except NameError as e:
        doubled = "NameError: " + str(e)
print(C.vals, C.doubled)
print([[j for j in range(i)] for i in range(3)])
