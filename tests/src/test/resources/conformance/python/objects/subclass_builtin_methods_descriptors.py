up = str.__dict__["upper"]
print(type(up).__name__, up.__name__, up.__objclass__ is str)
print(up.__get__("abc", str)(), up("xyz"))
print(str.upper is up)
app = list.__dict__["append"]
l = []
app.__get__(l, list)(1)
print(l)
print(type(int.__dict__["real"]).__name__, int.__dict__["real"].__get__(5, int))
print(type(dict.__dict__["fromkeys"]).__name__, dict.fromkeys("ab"))
class MyStr(str):
    pass
print(MyStr.upper is str.upper, "upper" in MyStr.__dict__, MyStr("q").upper())
print(type(list.__dict__["__len__"]).__name__, list.__len__([1, 2]))
print(type(object.__dict__["__class__"]).__name__)
