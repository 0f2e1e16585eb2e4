class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", repr(key))
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", repr(key), value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", repr(key))
        del self.data[key]
s = Store()
s["a"] = 1
s[1, 2] = "tuple key"
print(s["a"], s[1, 2])
del s["a"]
try:
    s["a"]
except KeyError as e:
    print("KeyError:", e)
s[None] = 0
s[None] += 5
print(s.data)
class ReadOnly:
    def __getitem__(self, k):
        return k
ro = ReadOnly()
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del ro[0]
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
