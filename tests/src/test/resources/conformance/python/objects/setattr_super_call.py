class Validated:
    def __setattr__(self, name, value):
        if name.startswith("n_") and not isinstance(value, int):
            raise TypeError(f"{name} must be int")
        print("setting", name)
        super().__setattr__(name, value)
class Upper(Validated):
    def __setattr__(self, name, value):
        if isinstance(value, str):
            value = value.upper()
        super().__setattr__(name, value)
u = Upper()
u.n_count = 3
u.label = "hello"
print(u.n_count, u.label)
try:
    u.n_bad = "x"
except TypeError as e:
    print("TypeError:", e)
print(vars(u))
