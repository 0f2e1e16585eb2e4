class Base:
    @property
    def name(self):
        return "base name"
    @property
    def size(self):
        return 1
class Child(Base):
    @property
    def name(self):
        return "child name / " + super().name
    size = 99
class Extend(Base):
    @Base.size.getter
    def size(self):
        return 2
    @size.setter
    def size(self, v):
        print("Extend.size set", v)
print(Child().name, Child().size)
e = Extend()
print(e.size)
e.size = 3
print(Base().size)
try:
    Base().size = 5
except AttributeError as ex:
    print("AttributeError:", ex)
