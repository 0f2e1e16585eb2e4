class C:
    @property
    def attr_error(self):
        raise AttributeError("hidden")
    @property
    def value_error(self):
        raise ValueError("visible")
c = C()
print(hasattr(c, "attr_error"))
try:
    hasattr(c, "value_error")
except ValueError as e:
    print("ValueError propagates through hasattr:", e)
print(getattr(c, "attr_error", "default used"))
try:
    getattr(c, "value_error", "default not used")
except ValueError as e:
    print("ValueError propagates through getattr:", e)
class G:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(G(), "x")
except KeyError as e:
    print("KeyError:", e)
