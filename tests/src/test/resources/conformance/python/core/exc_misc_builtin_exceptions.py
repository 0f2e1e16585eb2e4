try:
    raise NotImplementedError("subclass must implement")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise KeyboardInterrupt("ctrl-c")
except KeyboardInterrupt as e:
    print(type(e).__name__, e, isinstance(e, Exception))
try:
    raise AssertionError("asserted")
except AssertionError as e:
    print(type(e).__name__, e)
try:
    raise ImportError("cannot import thing")
except ImportError as e:
    print(type(e).__name__, e)
try:
    raise ArithmeticError("arith")
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    raise LookupError("look")
except LookupError as e:
    print(type(e).__name__, e)
try:
    raise RuntimeError
except RuntimeError as e:
    print(type(e).__name__, repr(e), str(e) == "")
