try:
    raise ValueError("bad value", 42)
except ValueError as err:
    print(type(err).__name__, err.args, str(err))
e = "outer"
try:
    raise RuntimeError("x")
except RuntimeError as e:
    print("inside:", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
saved = None
try:
    1 // 0
except ZeroDivisionError as exc:
    saved = exc
print(type(saved).__name__, saved)
def g():
    try:
        raise TypeError("t")
    except TypeError as te:
        return te
r = g()
print(repr(r), isinstance(r, Exception))
