# One operation: an attribute missing from the instance and its class, answered by __getattr__.
class Defaults:
    def __getattr__(self, name):
        return 7

d = Defaults()

def bench(n):
    total = 0
    for i in range(n):
        total += d.anything
    return total
