def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError branch"
    except LookupError:
        return "LookupError branch"
    except (TypeError, ValueError) as e:
        return "type-or-value " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__
for exc in [KeyError("k"), IndexError("i"), ValueError("v"), TypeError("t"), RuntimeError("r"), UnicodeError("u")]:
    print(classify(exc))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
try:
    raise "not an exception"
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
