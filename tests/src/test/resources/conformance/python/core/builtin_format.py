print(format(42), format(42, "d"), format(42, "5"), format(42, "<5") + "|", format(42, "x"))
print(format(3.14159, ".2f"), format(0.5, "%"), format(1e6, ","), format(1234, "e"))
print(format("str", ">6"), format("str", "^7"), format(True), format(None))
print(format([1, 2]), format((1,)), format({"a": 1}))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "xyz"), format(F()), f"{F():abc}")
try:
    format([1], "x")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
