class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__("db failure on " + table)
        self.table = table
        self.code = code
class Detailed(Exception):
    def __str__(self):
        return "detailed: " + ", ".join(map(str, self.args))
try:
    raise DbError("users", 42)
except AppError as e:
    print(type(e).__name__, e, e.args, e.table, e.code)
    print(isinstance(e, DbError), isinstance(e, Exception))
try:
    raise Detailed(1, 2)
except Exception as e:
    print(e, repr(e))
class WithRepr(ValueError):
    def __repr__(self):
        return "<WithRepr>"
print(repr(WithRepr("a")), str(WithRepr("a")))
print(DbError.__mro__)
try:
    raise AppError
except AppError as e:
    print("raised class, got instance:", type(e).__name__, e.args)
