class Oops:
    def __setattr__(self, name, value):
        # accidental recursion: this assignment calls __setattr__ again
        setattr(self, name, value)
o = Oops()
try:
    o.x = 1
except RecursionError as e:
    print(type(e).__name__, e)
class Fixed:
    def __setattr__(self, name, value):
        self.__dict__[name] = value * 2
f = Fixed()
f.x = 21
print(f.x)
