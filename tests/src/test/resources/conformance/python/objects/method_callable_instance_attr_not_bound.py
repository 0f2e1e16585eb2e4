class C:
    def method(self):
        return "bound to " + type(self).__name__
def outside(*args):
    return f"outside got {len(args)} args"
c = C()
c.fn = outside
print(c.fn())
C.fn_on_class = outside
print(c.fn_on_class())
c.meth = c.method
print(c.meth())
class Callable:
    def __call__(self, *args):
        return f"Callable got {len(args)} args"
C.callable_obj = Callable()
print(c.callable_obj())
C.builtin = len
try:
    print(c.builtin())
except TypeError as e:
    print("TypeError:", e)
print(C.builtin("abc"))
C.lam = lambda self: "lambda bound"
print(c.lam())
