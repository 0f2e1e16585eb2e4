class Custom:
    def __init__(self):
        self.a = 1
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
class Normal:
    cls_attr = 1
    def __init__(self):
        self.inst_attr = 2
    def method(self):
        pass
n = Normal()
names = dir(n)
print([x for x in names if not x.startswith("__")], names == sorted(names))
print("__class__" in names, "__dict__" in names, "__init__" in names)
class Meta(type):
    def __dir__(cls):
        return ["from_meta_dir"]
class WithMeta(metaclass=Meta):
    x = 1
print(dir(WithMeta))
print([x for x in dir(WithMeta()) if not x.startswith("__")])
