class Widget:
    def __repr__(self):
        return "<Widget #1>"
    def draw(self):
        pass
    @classmethod
    def create(cls):
        pass
    @staticmethod
    def helper():
        pass
class Outer:
    class Inner:
        def m(self):
            pass
        def __repr__(self):
            return "Inner()"
w = Widget()
print(repr(w.draw))
print(repr(Widget.create))
print(repr(w.create))
print(repr(Outer.Inner().m))
print(str(w.draw))
print(Widget.helper.__qualname__, Widget.draw.__qualname__, Outer.Inner.m.__qualname__)
