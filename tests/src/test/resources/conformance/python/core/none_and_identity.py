x = None
print(x is None, x == None, type(x).__name__)
def f():
    pass
print(f() is None)
d = {}
print(d.get("missing") is None)
print([].sort() is None, print("side") is None)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    x()
except TypeError as e:
    print("TypeError:", e)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
print(hash(None) == hash(None), None.__class__.__name__)
