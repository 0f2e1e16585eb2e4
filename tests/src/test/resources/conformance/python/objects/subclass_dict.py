class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
d = AttrDict(a=1)
d.b = 2
print(d, d.a, d.b, d["b"], type(d).__name__)
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
class Default(dict):
    def __missing__(self, key):
        print("__missing__", key)
        self[key] = value = len(key)
        return value
dd = Default()
print(dd["abc"], dd["abc"], dd.get("zz"), "zz" in dd, dd)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["x"] = 1
u.update(y=2)
print(u)
print([k.__name__ for k in AttrDict.__mro__], isinstance(d, dict))
print(dict(d), type(d.copy()).__name__, type(d | {}).__name__)
