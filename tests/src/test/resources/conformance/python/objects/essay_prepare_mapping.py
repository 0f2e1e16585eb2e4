# __prepare__ supplies the mapping the class body runs in, including reads.
class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name)
        return LoggingDict()
    def __new__(mcls, name, bases, ns, **kwargs):
        print("namespace type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))

class Shenanigans(metaclass=Meta):
    a = 1
    b = a + 1

print(Shenanigans.a, Shenanigans.b)
