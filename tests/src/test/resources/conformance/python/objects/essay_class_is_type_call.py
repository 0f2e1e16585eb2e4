# A class block is sugar for calling type(name, bases, attrs).
class Name:
    greeting = "hello"
    def greet(self):
        return self.greeting + " from " + type(self).__name__

def greet(self):
    return self.greeting + " from " + type(self).__name__
Name2 = type("Name2", (), {"greeting": "hello", "greet": greet})

for cls in (Name, Name2):
    print(cls.__name__, type(cls).__name__, cls().greet(), cls.__bases__)
Sub = type("Sub", (Name2,), {"greeting": "hi"})
print(Sub().greet(), [c.__name__ for c in Sub.__mro__])
