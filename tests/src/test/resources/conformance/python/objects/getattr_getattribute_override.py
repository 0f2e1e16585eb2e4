class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def method(self):
        return "method result"
obj = Logged()
print(obj.x)
print(obj.method())
print(getattr(obj, "x"))
try:
    obj.missing
except AttributeError as e:
    print("AttributeError:", e)
class Everything:
    def __getattribute__(self, name):
        return "intercepted " + name
e = Everything()
print(e.anything, e.__dict__, e.__class__)
print(type(e).__name__)
