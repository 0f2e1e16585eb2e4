classes = [BaseException, Exception, TypeError, ValueError, AttributeError, KeyError,
           IndexError, NameError, UnboundLocalError, ZeroDivisionError, RecursionError,
           StopIteration, AssertionError, NotImplementedError, RuntimeError, LookupError,
           ArithmeticError, OverflowError, ImportError, KeyboardInterrupt, SystemExit,
           GeneratorExit]
for c in classes:
    print(c.__name__, "->", c.__bases__[0].__name__, [k.__name__ for k in c.__mro__])
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(KeyboardInterrupt, Exception))
print(issubclass(SystemExit, Exception), isinstance(ValueError(), BaseException))
print(type(ValueError).__name__, type(ValueError()).__name__)
