class Meta(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return f"{cls.__name__} dynamic {name[4:]}"
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
class Model(metaclass=Meta):
    real = "real attribute"
print(Model.real)
print(Model.get_users)
try:
    Model.other
except AttributeError as e:
    print("AttributeError:", e)
m = Model()
try:
    m.get_users
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(Model, "get_x"), hasattr(Model, "nothing"))
