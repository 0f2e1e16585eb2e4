class Desc:
    def __get__(self, inst, owner):
        return "descriptor result"
class C:
    on_class = Desc()
c = C()
c.on_instance = Desc()
print(c.on_class)
print(type(c.on_instance).__name__)
C.added_later = Desc()
print(c.added_later)
class Meta(type):
    on_meta = Desc()
class D(metaclass=Meta):
    pass
print(D.on_meta)
print(hasattr(D(), "on_meta"))
D.on_class_of_d = Desc()
print(D.on_class_of_d, D().on_class_of_d)
