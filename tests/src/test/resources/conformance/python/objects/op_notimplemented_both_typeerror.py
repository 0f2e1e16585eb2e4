class A:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
class B:
    pass
for expr in [lambda: A() + B(), lambda: B() + A(), lambda: A() + A(), lambda: A() * 2, lambda: 2 * A(),
             lambda: B() - B(), lambda: -B(), lambda: A() @ B(), lambda: B() ** 2, lambda: ~A(), lambda: abs(B())]:
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)
print(A().__add__(1), type(NotImplemented).__name__, bool(A.__add__(A(), 1) is NotImplemented))
