class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressing", exc_type.__name__, exc)
            return True
        return None
with Suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("not reached")
print("after suppressed")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
class Inspect:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("type", t.__name__, "value", repr(v), "tb is None:", tb is None)
        return 1
with Inspect():
    raise IndexError("idx")
print("truthy return suppresses")
