# One operation: a method call at one call site that sees instances of 4 classes in turn.
class Circle:
    def area(self):
        return 3

class Square:
    def area(self):
        return 4

class Triangle:
    def area(self):
        return 1

class Hexagon:
    def area(self):
        return 6

shapes = [Circle(), Square(), Triangle(), Hexagon()]

def bench(n):
    total = 0
    for i in range(n // 4):
        for s in shapes:
            total += s.area()
    return total
