class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        print("__eq__", self.name, o.name)
        return isinstance(o, Key) and self.name.lower() == o.name.lower()
    def __hash__(self):
        print("__hash__", self.name)
        return len(self.name)
    def __repr__(self):
        return f"Key({self.name!r})"
d = {}
d[Key("abc")] = 1
d[Key("ABC")] = 2
print(d)
print(Key("Abc") in d)
print(len({Key("x"), Key("X")}))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
