# One operation: read through a user-written descriptor's __get__ (the essay's kind).
class Doubled:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self.name) * 2

class Box:
    size = Doubled()

    def __init__(self, size):
        self._size = size

b = Box(2)

def bench(n):
    total = 0
    for i in range(n):
        total += b.size
    return total
