class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__ used for +=")
        return Plain(self.v + o)
    def __radd__(self, o):
        print("__radd__ used for +=")
        return Plain(o + self.v)
p = Plain(1)
q = p
p += 2
print(p.v, q.v, p is q)
n = 10
n += Plain(5)
print(type(n).__name__, n.v)
class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
x = NI()
x += 1
print(x)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
try:
    lst2 = [1]
    lst2 = lst2 + (2,)
except TypeError as e:
    print("TypeError:", e)
class Neither:
    pass
z = Neither()
try:
    z += 1
except TypeError as e:
    print("TypeError:", e)
