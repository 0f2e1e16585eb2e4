class Point:
    def __init__(self, x):
        self.x = x
    def add_y(self):
        self.y = self.x * 2
p = Point(1)
p.add_y()
p.z = "from outside"
print(vars(p))
del p.x
print(vars(p))
def elsewhere(obj):
    obj.added_elsewhere = True
    del obj.z
elsewhere(p)
print(vars(p))
q = Point(5)
print(vars(q))
setattr(q, "dyn", 1)
delattr(q, "x")
print(vars(q), hasattr(q, "x"))
print(sorted(k for k in Point.__dict__ if not k.startswith("__")))
