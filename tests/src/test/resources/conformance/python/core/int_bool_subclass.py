print(True + True, True * 10, False - 1, True / 2)
print(isinstance(True, int), issubclass(bool, int), type(True + 1).__name__)
print(sum([True, False, True]))
print(int(True), bool(2), bool(0), bool(-1))
print(True == 1, {True: "a", 1: "b"})
print(str(True), repr(False), f"{True}", f"{True:d}", "%d" % True)
print(True & False, True | False, ~True, -True)
print(bool.__mro__)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
