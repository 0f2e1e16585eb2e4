class Root:
    def __init_subclass__(cls, **kw):
        print("Root hook for", cls.__name__, kw)
        super().__init_subclass__()
class Mid(Root):
    def __init_subclass__(cls, mid_opt=None, **kw):
        print("Mid hook for", cls.__name__, mid_opt)
        super().__init_subclass__(**kw)
class Leaf(Mid, mid_opt=1, root_opt=2):
    pass
class Leaf2(Leaf):
    pass
class M1:
    def __init_subclass__(cls, **kw):
        print("M1 hook", cls.__name__)
        super().__init_subclass__(**kw)
class M2:
    def __init_subclass__(cls, **kw):
        print("M2 hook", cls.__name__)
        super().__init_subclass__(**kw)
class Multi(M1, M2):
    pass
