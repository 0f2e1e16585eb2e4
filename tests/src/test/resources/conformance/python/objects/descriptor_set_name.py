class Named:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.owner = owner
        self.name = name
    def __get__(self, inst, owner):
        return f"{self.owner.__name__}.{self.name}"
class A:
    first = Named()
    second = Named()
    alias = first
print(A.first, A.second, A.alias)
class B:
    pass
B.late = Named()
print(hasattr(B.__dict__["late"], "name"))
n = Named()
n.__set_name__(B, "manual")
B.manual = n
print(B.manual)
T = type("T", (), {"via_type": Named()})
print(T.via_type)
