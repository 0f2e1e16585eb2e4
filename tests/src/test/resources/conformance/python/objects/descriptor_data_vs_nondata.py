class Data:
    def __init__(self, name):
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return "Data(%s) get" % self.name
    def __set__(self, inst, value):
        print("Data(%s) set %r" % (self.name, value))
class NonData:
    def __get__(self, inst, owner):
        return "NonData get"
class C:
    d = Data("d")
    n = NonData()
c = C()
c.d = 5
c.n = 6
print(c.d, c.n)
print(vars(c))
c.__dict__["d"] = "in dict"
print(c.d)
del c.n
print(c.n)
print(type(C.d).__name__, C.n)
