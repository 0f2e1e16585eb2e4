class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("__eq__ called")
        return self.v == o.v
a, b, c = OnlyEq(1), OnlyEq(1), OnlyEq(2)
print(a != b)
print(a != c)
class EqReturnsNonBool:
    def __eq__(self, o):
        return "truthy string"
print(EqReturnsNonBool() != EqReturnsNonBool())
print(EqReturnsNonBool() == 1)
class ExplicitNe:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return "custom ne"
print(ExplicitNe() != 1, ExplicitNe() == 1)
