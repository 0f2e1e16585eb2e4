print(abs(5), abs(-5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(-(10 ** 30)))
print(abs(float("-inf")), type(abs(-3)).__name__, type(abs(-3.0)).__name__)
class V:
    def __abs__(self):
        return "custom abs"
print(abs(V()))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
