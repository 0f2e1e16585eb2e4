class P:
    @property
    def ro(self):
        return "read only"
    def _get(self):
        return "x"
    no_getter = property(None, lambda self, v: print("set", v))
p = P()
print(p.ro)
try:
    p.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.ro
except AttributeError as e:
    print("AttributeError:", e)
p.no_getter = 5
try:
    p.no_getter
except AttributeError as e:
    print("AttributeError:", e)
p.__dict__["ro"] = "in dict"
print(p.ro)
