class Base:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class A(Base):
    pass
class B(Base):
    pass
print(A.increment(), A.increment(), B.increment(), Base.count)
print(A.count, B.count, "count" in A.__dict__, "count" in Base.__dict__)
a = A()
print(a.increment(), A.count)
class Factory:
    @classmethod
    def create(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class Product(Factory):
    pass
p = Product.create(1, 2)
print(type(p).__name__, p.args)
