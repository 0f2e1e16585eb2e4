class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return "Animal." + self.kind()
    def kind(self):
        return "animal"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
    def kind(self):
        return "dog"
d = Dog("Rex", "lab")
print(d.name, d.breed)
print(d.speak())
print(d.describe())
print(super(Dog, d).kind(), super(Dog, d).speak())
