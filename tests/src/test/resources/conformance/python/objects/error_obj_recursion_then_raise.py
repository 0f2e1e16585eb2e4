class Node:
    def __init__(self):
        self.parent = self
    def depth(self):
        return 1 + self.parent.depth()
try:
    Node().depth()
except RecursionError as e:
    print("caught", type(e).__name__, e)
class Broken:
    def __getattribute__(self, name):
        return self.name
b = Broken()
try:
    b.x
except RecursionError as e:
    print("caught", type(e).__name__, e)
raise TypeError("end of test")
