class Meta(type):
    meta_attr = "from metaclass"
    def meta_method(cls):
        return "meta_method on " + cls.__name__
    @property
    def meta_prop(cls):
        return "meta property of " + cls.__name__
class C(metaclass=Meta):
    class_attr = "from class"
print(C.meta_attr, C.meta_method(), C.meta_prop)
print(C.class_attr)
c = C()
for name in ["meta_attr", "meta_method", "meta_prop"]:
    print(name, hasattr(c, name))
class D(metaclass=Meta):
    meta_attr = "class shadows metaclass"
print(D.meta_attr)
class DataMeta(type):
    @property
    def shadowed(cls):
        return "metaclass data descriptor wins"
class E(metaclass=DataMeta):
    shadowed = "class dict value"
print(E.shadowed, E.__dict__["shadowed"])
print(E().shadowed)
