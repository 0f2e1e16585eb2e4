class Cat:
    def speak(self):
        return "meow from " + self.name
class Dog:
    def speak(self):
        return "woof from " + self.name
pet = Cat()
pet.name = "Rex"
print(pet.speak(), type(pet).__name__)
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog), isinstance(pet, Cat))
print(vars(pet))
class Loud(Dog):
    def speak(self):
        return super().speak().upper()
pet.__class__ = Loud
print(pet.speak())
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
s = S1()
s.a = 1
s.__class__ = S2
print(type(s).__name__, s.a)
