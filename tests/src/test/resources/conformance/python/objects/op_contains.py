class Evens:
    def __contains__(self, x):
        print("__contains__", x)
        return x % 2 == 0
e = Evens()
print(4 in e, 5 in e, 3 not in e)
class Truthy:
    def __contains__(self, x):
        return "non-empty"
print(1 in Truthy())
class ViaIter:
    def __iter__(self):
        print("__iter__ used for in")
        return iter([1, 2, 3])
print(2 in ViaIter(), 9 in ViaIter())
class ViaGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        print("__getitem__", i)
        return i * 10
print(10 in ViaGetitem(), 99 in ViaGetitem())
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)
