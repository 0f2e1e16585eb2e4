class Desc:
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, inst, owner):
        return f"{self.tag} via {owner.__name__}"
    def __set__(self, inst, value):
        inst.__dict__["_" + self.tag] = value
class Base:
    attr = Desc("base")
class Mid(Base):
    pass
class Override(Base):
    attr = "plain override"
class Redesc(Base):
    attr = Desc("redesc")
print(Mid().attr, Mid.attr)
o = Override()
o.attr = "instance now"
print(o.attr, Override.attr)
r = Redesc()
r.attr = 5
print(r.attr, vars(r))
m = Mid()
m.attr = 9
print(m.attr, vars(m))
