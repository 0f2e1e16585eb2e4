class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit args:", t.__name__ if t else None, repr(v), tb is not None)
        return isinstance(v, ValueError)
with Swallow():
    raise ValueError("swallowed")
print("continued after swallowed ValueError")
try:
    with Swallow():
        raise TypeError("not swallowed")
except TypeError as e:
    print("caught", e)
with Swallow():
    pass
def f():
    with Swallow():
        return "return passes through __exit__"
print(f())
for i in range(2):
    with Swallow():
        break
print("after break")
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
