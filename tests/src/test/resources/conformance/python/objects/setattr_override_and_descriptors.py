class Desc:
    def __get__(self, obj, owner):
        return obj.__dict__.get("_d", "unset")
    def __set__(self, obj, value):
        print("Desc.__set__", value)
        obj.__dict__["_d"] = value
class Bypass:
    d = Desc()
    def __setattr__(self, name, value):
        print("__setattr__", name)
        self.__dict__[name] = value
class Cooperative:
    d = Desc()
    def __setattr__(self, name, value):
        print("__setattr__", name)
        super().__setattr__(name, value)
b = Bypass()
b.d = 1
print(b.d, vars(b))
c = Cooperative()
c.d = 2
print(c.d, vars(c))
class PropSet:
    @property
    def p(self):
        return "getter"
    def __setattr__(self, name, value):
        print("__setattr__ intercepts", name)
        object.__setattr__(self, name, value)
try:
    PropSet().p = 1
except AttributeError as e:
    print("AttributeError:", e)
