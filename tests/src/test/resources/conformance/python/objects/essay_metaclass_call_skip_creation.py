# A metaclass __call__ can skip creating anything at all.
class Registry(type):
    def __call__(cls, key):
        print("lookup", key)
        return cls.table.get(key, "no such " + cls.__name__.lower())

class Color(metaclass=Registry):
    table = {"r": "red", "g": "green"}
    def __init__(self, key):
        print("never runs")

print(Color("r"))
print(Color("x"))
print(type(Color("g")).__name__)
