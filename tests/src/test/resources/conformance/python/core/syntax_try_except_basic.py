try:
    print("in try")
    1 / 0
    print("not reached")
except ZeroDivisionError:
    print("caught ZeroDivisionError")
try:
    [][1]
except KeyError:
    print("wrong")
except IndexError:
    print("caught IndexError")
try:
    {}["k"]
except LookupError:
    print("caught via base LookupError")
try:
    int("x")
except Exception:
    print("caught via Exception")
def f():
    try:
        raise ValueError("inner")
    except TypeError:
        print("not this")
try:
    f()
except ValueError as e:
    print("propagated:", e)
try:
    try:
        raise KeyError("k")
    except:
        print("bare except")
        raise
except KeyError as e:
    print("re-raised:", repr(e))
