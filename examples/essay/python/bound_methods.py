# Method calls are an attribute lookup plus a call.
print("abc".startswith("a"))  # True
meth = "abc".startswith
print(meth("a"))  # True
print(type(meth).__name__, meth.__self__, meth.__name__)
