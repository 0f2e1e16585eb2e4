class Guard:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.protected = 3
    def __delattr__(self, name):
        print("__delattr__", name)
        if name == "protected":
            raise AttributeError("protected cannot be deleted")
        super().__delattr__(name)
g = Guard()
del g.a
print(vars(g))
delattr(g, "b")
print(vars(g))
try:
    del g.protected
except AttributeError as e:
    print("AttributeError:", e)
try:
    del g.missing
except AttributeError as e:
    print("AttributeError:", e)
object.__delattr__(g, "protected")
print(vars(g))
