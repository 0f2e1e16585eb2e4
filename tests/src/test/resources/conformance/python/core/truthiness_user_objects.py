class Always:
    pass
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Falsy:
    def __bool__(self):
        return False
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
for obj in [Always(), Empty(), Full(), Falsy(), Both()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
print([x for x in [Empty(), Full()] if x].__len__())
print(Falsy() or "fallback", Full() and "and-result")
