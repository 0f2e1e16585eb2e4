class Neither:
    pass
try:
    Neither(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(1).x)
try:
    OnlyInit()
except TypeError as e:
    print("TypeError:", e)
class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
try:
    object.__new__(Neither, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__init__(Neither(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
