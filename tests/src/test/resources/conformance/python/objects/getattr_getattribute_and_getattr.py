class Both:
    def __getattribute__(self, name):
        print("__getattribute__", name)
        if name == "raise_it":
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("__getattr__", name)
        return "fallback " + name
b = Both()
b.real = 1
print(b.real)
print(b.raise_it)
print(b.missing)
