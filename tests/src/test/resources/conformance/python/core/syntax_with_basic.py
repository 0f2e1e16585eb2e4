class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
with CM("a") as v:
    print("body got", v)
with CM("b"):
    print("body without as")
try:
    with CM("c") as v:
        raise ValueError("inside with")
except ValueError as e:
    print("propagated", e)
def f():
    with CM("d"):
        return "returned from with"
print(f())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        print("not skipped", i)
