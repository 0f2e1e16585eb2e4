class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name
    def __exit__(self, *exc):
        self.log.append("exit " + self.name)
        return False
log = []
with CM("a", log) as a, CM("b", log) as b, CM("c", log):
    log.append("body %s %s" % (a, b))
print(log)
log = []
try:
    with CM("x", log), CM("y", log) as y:
        log.append("body")
        raise RuntimeError("oops")
except RuntimeError:
    log.append("caught")
print(log)
log = []
with (CM("p", log) as p,
      CM("q", log) as q):
    log.append(p + q)
print(log)
class Failing:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("never")
log = []
try:
    with CM("first", log), Failing():
        log.append("body")
except ValueError as e:
    log.append(str(e))
print(log)
