class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __isub__(self, o):
        print("__isub__")
        self.v -= o
        return self
    def __imul__(self, o):
        print("__imul__ returns a new object")
        return Acc(self.v * o)
    def __ior__(self, o):
        return "ior returned a string"
a = Acc(1)
alias = a
a += 5
a -= 1
print(a, alias, a is alias)
a *= 3
print(a, alias, a is alias)
a |= 0
print(a)
for op in ["__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__imatmul__"]:
    print(op, hasattr(Acc, op))
