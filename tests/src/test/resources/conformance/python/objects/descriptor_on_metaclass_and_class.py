class Counter:
    def __init__(self):
        self.count = 0
    def __get__(self, inst, owner):
        self.count += 1
        return self.count
class Meta(type):
    hits = Counter()
class C(metaclass=Meta):
    calls = Counter()
print(C.hits, C.hits, C.hits)
print(C.calls, C().calls, C.calls)
print(type(Meta.__dict__["hits"]).__name__)
