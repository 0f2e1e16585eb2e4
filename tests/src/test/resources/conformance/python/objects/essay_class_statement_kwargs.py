class Base:
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)
        super().__init_subclass__()

class Mixin:
    pass

bases = (Base, Mixin)
kwargs = {"color": "red", "size": 3}

class Name(*bases, **kwargs):
    # code
    x = 1

print(Name.__bases__)
print(Name.x)
