log = []
class D:
    def __init__(self, label):
        self.label = label
    def __set_name__(self, owner, name):
        log.append(f"set_name {self.label} as {name} on {owner.__name__}")
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"Meta.__new__ {name} start")
        cls = super().__new__(mcls, name, bases, ns, **kw)
        log.append(f"Meta.__new__ {name} end")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f"__init_subclass__ {cls.__name__} {kw}")
class Child(Base, tag="t"):
    z = D("z")
    a = D("a")
    m = D("m")
for line in log:
    print(line)
