class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return len(cls.items)
    def __iter__(cls):
        return iter(cls.items)
    def __getitem__(cls, key):
        return f"{cls.__name__}[{key!r}]"
    def __add__(cls, other):
        return f"{cls.__name__}+{other.__name__}"
    def describe(cls):
        return "describe " + cls.__name__
class Bag(metaclass=Meta):
    items = ["a", "b", "c"]
class Box(metaclass=Meta):
    items = []
print(repr(Bag), Bag, [Bag])
print(len(Bag), list(Bag), Bag["k"], Bag + Box)
print(Bag.describe())
try:
    Bag().describe()
except AttributeError as e:
    print("AttributeError:", e)
print(str(Bag()).startswith("<__main__.Bag object"))
