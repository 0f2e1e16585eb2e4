events = []
class Desc:
    def __set_name__(self, owner, name):
        events.append(f"__set_name__({name})")
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        events.append(f"__prepare__({name}, {kw})")
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        events.append(f"__new__ before type.__new__ ({name})")
        cls = super().__new__(mcls, name, bases, ns, **kw)
        events.append(f"__new__ after type.__new__ ({name})")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        events.append(f"__init__({name})")
        super().__init__(name, bases, ns, **kw)
    def __call__(cls, *a, **kw):
        events.append(f"__call__({cls.__name__})")
        return super().__call__(*a, **kw)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        events.append(f"__init_subclass__({cls.__name__}, {kw})")
        super().__init_subclass__()
class Child(Base, flavor="x"):
    events.append("class body runs")
    d = Desc()
    def __init__(self):
        events.append("Child.__init__")
Child()
for e in events:
    print(e)
