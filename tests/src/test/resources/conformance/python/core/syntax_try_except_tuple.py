def risky(kind):
    if kind == 1:
        raise ValueError("v")
    if kind == 2:
        raise TypeError("t")
    if kind == 3:
        raise KeyError("k")
    return "ok"
for kind in range(4):
    try:
        print(risky(kind))
    except (ValueError, TypeError) as e:
        print("value-or-type:", type(e).__name__, e)
    except (KeyError,) as e:
        print("key:", e)
errors = (IndexError, ZeroDivisionError)
try:
    1 / 0
except errors as e:
    print("from tuple variable:", e)
