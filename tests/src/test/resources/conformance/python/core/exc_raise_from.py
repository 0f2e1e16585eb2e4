try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no chain") from None
except RuntimeError as r:
    print(repr(r), r.__cause__, repr(r.__context__), r.__suppress_context__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as t:
    print(repr(t.__cause__), t.__context__)
try:
    raise IndexError from KeyError
except IndexError as i:
    print(repr(i), repr(i.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
