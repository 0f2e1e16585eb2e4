class Base:
    attr = "Base.attr"
    @property
    def prop(self):
        return "Base.prop"
class Child(Base):
    attr = "Child.attr"
    @property
    def prop(self):
        return "Child.prop + " + super().prop
    def get_attr(self):
        return super().attr
    def set_via_super(self):
        try:
            super().attr = "x"
        except AttributeError as e:
            return "AttributeError: " + str(e)
c = Child()
print(c.prop)
print(c.get_attr())
print(c.set_via_super())
try:
    super(Child, c).missing
except AttributeError as e:
    print("AttributeError:", e)
print(super(Child, c).__class__.__name__)
