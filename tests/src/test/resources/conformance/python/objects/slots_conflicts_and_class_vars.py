try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)
class ClassVarOk:
    __slots__ = ("x",)
    y = "class var"
c = ClassVarOk()
print(c.y)
try:
    c.y = "instance?"
except AttributeError as e:
    print("AttributeError:", e)
class WithProp:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v * 2
    @v.setter
    def v(self, value):
        self._v = value
w = WithProp()
w.v = 21
print(w.v, w._v)
try:
    class BadSlot:
        __slots__ = ("ok", 5)
except TypeError as e:
    print("TypeError:", e)
