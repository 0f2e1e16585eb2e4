class C:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    @property
    def value_error(self):
        raise ValueError("not an attribute error")
    def __getattr__(self, name):
        return "__getattr__ handled " + name
c = C()
print(c.broken)
try:
    c.value_error
except ValueError as e:
    print("ValueError:", e)
class D:
    @property
    def broken(self):
        raise AttributeError("no fallback here")
try:
    D().broken
except AttributeError as e:
    print("AttributeError:", e)
