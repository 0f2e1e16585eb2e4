x = "global x"

class C:
    x = "class x"
    def method(self):
        # functions defined in a class body do not close over it
        return x
    lam = lambda self: x
    seen_in_body = x

print(C().method())
print(C().lam())
print(C.seen_in_body)
print(C.x)

def outer():
    y = "function y"
    class D:
        y = "class y"
        def m(self):
            return y
    return D().m(), D.y

print(outer())
