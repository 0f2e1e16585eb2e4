class C:
    print("class body executes at definition time")
    a = 1
    b = a + 1
    names_so_far = sorted(k for k in locals() if not k.startswith("__"))
    for i in range(3):
        pass
    if a > 0:
        conditional = "yes"
    del b
    def method(self):
        return "method"
    qualname_in_body = __qualname__
    module_in_body = __module__
print(C.a, C.names_so_far, C.i, C.conditional, hasattr(C, "b"))
print(C.qualname_in_body, C.module_in_body)
try:
    class D:
        x = 1
        y = [x for _ in range(2)]
except NameError as e:
    print("NameError:", e)
class E:
    x = 5
    y = (lambda x=x: x * 2)()
print(E.y)
