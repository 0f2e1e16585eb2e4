s = "abc"
m = s.startswith
print(type(m).__name__, m.__self__, m.__name__, m("a"))
lst = [3, 1]
app = lst.append
app(2)
print(lst, app.__self__ is lst, app.__name__)
print(type(str.upper).__name__, str.upper("x"), type(str.__dict__["upper"]).__name__)
up = str.__dict__["upper"].__get__("bound", str)
print(type(up).__name__, up())
print(type(list.append).__name__, type([].append).__name__)
print(type(dict.fromkeys).__name__, dict.fromkeys.__self__ is dict)
print(type(len).__name__, len.__self__ is None or type(len.__self__).__name__)
d = {}
setter = d.__setitem__
setter("k", "v")
print(d, type(setter).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__)
