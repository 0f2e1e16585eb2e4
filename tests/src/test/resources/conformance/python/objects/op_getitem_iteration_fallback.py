class OldStyle:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 3:
            raise IndexError("done")
        return chr(ord("a") + i)
print(list(OldStyle()))
for ch in OldStyle():
    print("for", ch)
it = iter(OldStyle())
print(type(it).__name__, next(it))
class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStopIteration()))
class KeyErrorPropagates:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorPropagates())
except KeyError as e:
    print("KeyError:", e)
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)
