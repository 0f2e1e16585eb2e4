# One operation: write an existing instance attribute.
class Cell:
    def __init__(self):
        self.value = 0

cell = Cell()

def bench(n):
    for i in range(n):
        cell.value = i
    return cell.value
