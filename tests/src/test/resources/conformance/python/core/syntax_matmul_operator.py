class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return "rmatmul with " + repr(other)
    def __repr__(self):
        return "Mat(%r)" % (self.rows,)
a = Mat([[1, 2], [3, 4]])
b = Mat([[5, 6], [7, 8]])
print(a @ b)
print(a @ b @ a)
print(3 @ a)
try:
    1 @ 2
except TypeError as e:
    print("TypeError:", e)
