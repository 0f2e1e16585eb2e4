d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)
d.update([("d", 4), ("e", 5)])
print(d)
d.update(f=6, a=0)
print(d)
d.update()
print(d)
x = {"k": 1}
y = {"k": 2, "j": 3}
print(x | y, y | x)
x |= y
print(x)
x |= [("z", 26)]
print(x)
try:
    x | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([("only-one",)])
except ValueError as e:
    print("ValueError:", e)
