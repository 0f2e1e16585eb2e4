class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return inst.__dict__.get(self.name, self.default)
    def __set__(self, inst, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        inst.__dict__[self.name] = value
class Item:
    name = Typed(str, "unnamed")
    qty = Typed(int, 0)
    def __init__(self, name=None, qty=None):
        if name is not None:
            self.name = name
        if qty is not None:
            self.qty = qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.qty})"
print(Item(), Item("bolt", 5))
for args in [("nut", "many"), (3, 1)]:
    try:
        Item(*args)
    except TypeError as e:
        print("TypeError:", e)
i = Item("x")
i.qty = 7
print(i, vars(i), Item.qty.kind.__name__)
