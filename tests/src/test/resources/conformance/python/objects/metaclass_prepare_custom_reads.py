class AutoDict(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:] + "!"
        raise KeyError(key)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoDict(preloaded="injected")
class C(metaclass=Meta):
    a = auto_hello
    b = preloaded
    try:
        c = undefined_name
    except NameError as e:
        c = "NameError: " + str(e)
    d = len("builtins still visible")
print(C.a, C.b, C.c, C.d)
class NotADict:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        self.data[k] = v
    def __getitem__(self, k):
        return self.data[k]
class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NotADict()
    def __new__(mcls, name, bases, ns):
        print("namespace keys", sorted(ns.data))
        return super().__new__(mcls, name, bases, ns.data)
class D(metaclass=Meta2):
    x = 1
    y = x + 1
print(D.x, D.y)
