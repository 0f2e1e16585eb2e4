class C:
    def f(self):
        pass
    def g(self):
        pass
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
a = C()
b = C()
print(a.f == a.f, a.f is a.f)
print(a.f == b.f)
print(a.f == a.g)
print(a.f != a.f)
print(hash(a.f) == hash(a.f))
m = a.f
print(m == a.f, m is m)
print(C.f == C.f, C.f is C.f)
print(len({a.f, a.f}))
print("".join.__self__ == "", [].append == [].append)
l = [1]
print(l.append == l.append, l.append is l.append)
