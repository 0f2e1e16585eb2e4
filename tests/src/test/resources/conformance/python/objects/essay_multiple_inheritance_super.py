class Base:
    def bar(self, x, y, z):
        print("Base.bar", x, y, z)

class A(Base):
    def bar(self, x, y, z):
        print("A.bar")
        super().bar(x, y, z)

class B(Base):
    def bar(self, x, y, z):
        print("B.bar")
        super().bar(x, y, z)

class C(Base):
    def bar(self, x, y, z):
        print("C.bar")
        super().bar(x, y, z)

class Foo(A, B, C):
    def bar(self, x, y, z):
        # do some stuff
        super().bar(x, y, z)

Foo().bar(1, 2, 3)
print([k.__name__ for k in Foo.__mro__])
