class Base:
    def greet(self):
        return "hi"
def greet(self):
    return super().greet() + "!"
class Child(Base):
    pass
Child.greet = greet
print(Base().greet())
Child().greet()
