class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b
    def uses_static(self):
        return self.add(1, 2)
print(MathUtil.add(2, 3), MathUtil().add(4, 5), MathUtil().uses_static())
sm = MathUtil.__dict__["add"]
print(type(sm).__name__, sm.__func__.__name__, type(MathUtil.add).__name__)
print(sm(10, 20))
print(sm.__get__(None, MathUtil) is sm.__func__, MathUtil.add is MathUtil().add)
class Sub(MathUtil):
    pass
print(Sub.add(1, 1), Sub().add(2, 2))
def free(x):
    return x * 2
class Holder:
    f = staticmethod(free)
    g = free
h = Holder()
print(h.f(3), Holder.g(4))
try:
    h.g(5)
except TypeError as e:
    print("TypeError:", e)
