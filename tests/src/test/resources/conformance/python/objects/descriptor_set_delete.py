class Managed:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return getattr(inst, self.private, "<unset>")
    def __set__(self, inst, value):
        print("set", self.private, value)
        setattr(inst, self.private, value)
    def __delete__(self, inst):
        print("delete", self.private)
        delattr(inst, self.private)
class Person:
    name = Managed()
    age = Managed()
p = Person()
print(p.name)
p.name = "Ann"
p.age = 30
print(p.name, p.age, vars(p))
del p.name
print(p.name, vars(p))
try:
    del p.name
except AttributeError as e:
    print("AttributeError:", e)
