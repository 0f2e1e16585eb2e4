class C:
    cls_attr = "class"
c = C()
c.a = 1
old = c.__dict__
c.__dict__ = {"b": 2, "c": 3}
print(c.b, c.c, hasattr(c, "a"), old)
shared = {"s": "shared"}
x, y = C(), C()
x.__dict__ = shared
y.__dict__ = shared
x.s = "changed via x"
print(y.s)
print(c.cls_attr)
try:
    c.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    del c.__dict__
except TypeError as e:
    print("TypeError:", e)
class DictSub(dict):
    pass
c.__dict__ = DictSub(z=26)
print(c.z, type(c.__dict__).__name__)
