print("abc".startswith("a"))  # True
meth = "abc".startswith
print(meth("a"))  # True
print(meth("b"), meth("ab"), meth.__self__, meth.__name__)
print(type(meth).__name__)
print(str.startswith("abc", "a"), type(str.startswith).__name__)
