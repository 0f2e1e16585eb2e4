class C:
    pass
c = C()
d = c.__dict__
print(d, type(d).__name__)
c.x = 1
print(d)
d["y"] = 2
print(c.y)
del d["x"]
print(hasattr(c, "x"))
d.update(a=1, b=2)
print(sorted(vars(c)))
v = vars(c)
print(v is d)
c.__dict__.clear()
print(vars(c), hasattr(c, "a"))
setattr(c, "with space", 1)
print(d)
d[5] = "non-string key"
print(sorted(map(str, d)))
