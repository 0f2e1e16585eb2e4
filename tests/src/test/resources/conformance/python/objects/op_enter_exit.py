class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, exc_type, exc_value, tb):
        print("release", self.name, exc_type.__name__ if exc_type else None, exc_value)
        return False
with Resource("r1") as r:
    print("using", r.name)
try:
    with Resource("r2"):
        raise KeyError("inside")
except KeyError as e:
    print("propagated", repr(e))
class EnterReturnsOther:
    def __enter__(self):
        return "something else"
    def __exit__(self, *a):
        pass
with EnterReturnsOther() as v:
    print(v)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class InstanceOnly:
    pass
io = InstanceOnly()
io.__enter__ = lambda: None
io.__exit__ = lambda *a: None
try:
    with io:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
