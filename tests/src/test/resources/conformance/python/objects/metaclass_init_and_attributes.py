class Registering(type):
    registry = {}
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        if bases:
            Registering.registry[name.lower()] = cls
        cls.instances_created = 0
    def __call__(cls, *args, **kw):
        cls.instances_created += 1
        return super().__call__(*args, **kw)
class Base(metaclass=Registering):
    pass
class Alpha(Base): pass
class Beta(Base): pass
Alpha(); Alpha(); Beta()
print(sorted(Registering.registry), Alpha.instances_created, Beta.instances_created, Base.instances_created)
print(Registering.registry["beta"] is Beta)
print("registry" in vars(Registering), hasattr(Alpha, "registry"), hasattr(Alpha(), "registry"))
