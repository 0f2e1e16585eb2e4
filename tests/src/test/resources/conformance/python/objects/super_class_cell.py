class A:
    def which(self):
        return __class__.__name__
    def sup(self):
        return super()
class B(A):
    def which(self):
        return __class__.__name__ + "/" + super().which()
b = B()
print(b.which())
print(A.which(b))
s = b.sup()
print(s.__thisclass__.__name__, type(s).__name__)
def later(self):
    return super().which()
B.later = later
try:
    b.later()
except RuntimeError as e:
    print("RuntimeError:", e)
class C:
    def get_class(self):
        return __class__
print(C().get_class() is C)
