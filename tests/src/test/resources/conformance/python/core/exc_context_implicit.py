try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    finally:
        pass
except KeyError as e:
    print(repr(e.__context__))
def f():
    try:
        raise TypeError("inner")
    except TypeError:
        return ValueError("not raised")
print(f().__context__)
try:
    try:
        raise ValueError("one")
    except ValueError as first:
        try:
            raise TypeError("two")
        except TypeError as second:
            raise RuntimeError("three")
except RuntimeError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
