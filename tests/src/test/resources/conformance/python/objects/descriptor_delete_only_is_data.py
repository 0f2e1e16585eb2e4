class DeleteOnly:
    def __get__(self, inst, owner):
        return "descriptor get"
    def __delete__(self, inst):
        print("DeleteOnly.__delete__")
class SetOnly:
    def __set__(self, inst, value):
        print("SetOnly.__set__", value)
class C:
    d = DeleteOnly()
    s = SetOnly()
c = C()
c.__dict__["d"] = "instance"
print(c.d)
del c.d
try:
    c.d = 1
except AttributeError as e:
    print("AttributeError:", e)
c.s = 10
c.__dict__["s"] = "from dict"
print(type(c.s).__name__)
print(type(C.s).__name__)
try:
    del c.s
except AttributeError as e:
    print("AttributeError:", e)
