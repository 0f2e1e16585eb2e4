class C:
    @property
    def documented(self):
        """The getter's docstring."""
        return 1
    explicit = property(lambda self: 2, doc="explicit doc")
    nodoc = property(lambda self: 3)
print(C.documented.__doc__)
print(C.explicit.__doc__)
print(C.nodoc.__doc__)
prop = C.__dict__["documented"]
print(type(prop).__name__, prop.fget.__name__, prop.fset, prop.fdel)
print(isinstance(prop, property), prop.__get__(C()), prop.__get__(None, C) is prop)
def setter(self, v):
    pass
p2 = prop.setter(setter)
print(p2 is prop, p2.fset is setter, p2.fget is prop.fget, prop.fset)
print(p2.__doc__)
