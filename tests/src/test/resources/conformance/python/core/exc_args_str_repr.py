for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(42), KeyError("k"),
          KeyError(), KeyError("a", "b"), IndexError("i"), TypeError(None)]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("msg")
e.args = ("changed", 1)
print(e, e.args)
print(str(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(repr(ZeroDivisionError("division by zero")))
print(AttributeError("x").args, NameError("n").args)
