print(None, repr(None), type(None).__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(NotImplemented, type(NotImplemented).__name__)
print(None == None, None is None, bool(None))
def stub():
    ...
print(stub())
print([None] * 2, (None,))
print(str(None), str(...))
print(type(None)() is None)
