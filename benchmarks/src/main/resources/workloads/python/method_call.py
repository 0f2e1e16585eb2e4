# One operation: call a method, obj.method(arg), which returns an attribute plus its argument.
class Counter:
    def __init__(self):
        self.step = 1

    def advance(self, by):
        return self.step + by

c = Counter()

def bench(n):
    total = 0
    for i in range(n):
        total += c.advance(1)
    return total
