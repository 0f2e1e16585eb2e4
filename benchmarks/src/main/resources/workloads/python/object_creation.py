# One operation: create an instance (type.__call__ → __new__ → __init__ setting two attributes).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def bench(n):
    total = 0
    for i in range(n):
        p = Point(i, 1)
        total += p.y
    return total
