# One operation: read a property (its getter runs and reads the instance dict).
class Celsius:
    def __init__(self, degrees):
        self._degrees = degrees

    @property
    def degrees(self):
        return self._degrees

c = Celsius(3)

def bench(n):
    total = 0
    for i in range(n):
        total += c.degrees
    return total
