# One operation: read an instance attribute (and add it to a running total).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)

def bench(n):
    total = 0
    for i in range(n):
        total += p.x
    return total
