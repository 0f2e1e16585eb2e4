class Sneaky:
    def __getattribute__(self, name):
        print("__getattribute__", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __repr__(self):
        return "<Sneaky>"
    def __add__(self, other):
        return "added"
    def __getitem__(self, i):
        return i * 2
s = Sneaky()
print(len(s))
print(repr(s))
print(s + 1)
print(s[4])
print(s.__len__())
class GetattrOnly:
    def __getattr__(self, name):
        return lambda *a: "via __getattr__ " + name
g = GetattrOnly()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print("TypeError:", e)
