class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message, code)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    pass
try:
    raise NotFound("missing page", 404)
except AppError as e:
    print(e, repr(e), e.args, e.code, type(e).__name__)
print([k.__name__ for k in NotFound.__mro__])
class Quiet(ValueError):
    pass
print(repr(Quiet("q")), str(Quiet()), Quiet(1, 2).args)
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuperInit(5)
print(e.args, e.x, str(e), repr(e))
class KeyLike(KeyError):
    pass
print(str(KeyLike("k")), str(KeyError("k")))
try:
    {}["x"]
except LookupError as e:
    print(type(e).__name__, isinstance(e, KeyError))
e2 = AppError("m", 1)
e2.extra = "attrs ok"
print(e2.extra, vars(e2))
