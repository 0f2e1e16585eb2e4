class Oops:
    def __init__(self):
        object.__setattr__(self, "value", 1)
    def __getattribute__(self, name):
        # accidental recursion: self.__dict__ goes through __getattribute__ again
        return self.__dict__[name]
o = Oops()
try:
    o.value
except RecursionError as e:
    print(type(e).__name__, e)
class Fixed:
    def __init__(self):
        self.value = 1
    def __getattribute__(self, name):
        return object.__getattribute__(self, "__dict__")[name]
print(Fixed().value)
class OopsGetattr:
    def __getattr__(self, name):
        return self.missing_too
try:
    OopsGetattr().anything
except RecursionError as e:
    print(type(e).__name__, e)
