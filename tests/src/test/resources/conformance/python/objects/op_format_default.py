class Plain:
    def __str__(self):
        return "plain-str"
p = Plain()
print(format(p), format(p, ""), f"{p}", "{}".format(p))
try:
    format(p, ">10")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{p:x}"
except TypeError as e:
    print("TypeError:", e)
class SubInt(int):
    pass
print(format(SubInt(255), "x"), f"{SubInt(7):03d}")
class SubStr(str):
    def __str__(self):
        return "custom str ignored by format"
print(format(SubStr("abc"), ">5"), f"{SubStr('x')}")
print(object.__format__(p, ""))
