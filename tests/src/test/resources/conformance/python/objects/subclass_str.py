class Name(str):
    def shout(self):
        return self.upper() + "!"
    def __len__(self):
        return 100
n = Name("alice")
print(n, repr(n), n.shout(), n.capitalize(), type(n.capitalize()).__name__)
print(len(n), n[0], type(n[0]).__name__, n + "x", type(n + "x").__name__)
print(n == "alice", "lic" in n, hash(n) == hash("alice"), isinstance(n, str))
print([k.__name__ for k in Name.__mro__])
class Tag(str):
    def __new__(cls, value, kind="div"):
        obj = super().__new__(cls, f"<{kind}>{value}</{kind}>")
        obj.kind = kind
        return obj
t = Tag("hi", "b")
print(t, t.kind, t.startswith("<b>"), str(t), type(str(t)).__name__)
print(sorted([Name("b"), Name("a")]), "-".join([Name("x"), Name("y")]))
