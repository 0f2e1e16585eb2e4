class Base:
    @classmethod
    def create(cls, tag):
        return f"Base.create({cls.__name__}, {tag})"
    @staticmethod
    def util():
        return "Base.util"
class Child(Base):
    @classmethod
    def create(cls, tag):
        return "Child -> " + super().create(tag)
    @staticmethod
    def util():
        return "Child.util -> " + super(Child, Child).util()
class Grand(Child):
    pass
print(Child.create("x"))
print(Grand.create("y"))
print(Grand().create("z"))
print(Child.util())
print(super(Child, Grand).create("w"))
