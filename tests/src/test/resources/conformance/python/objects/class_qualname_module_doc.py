class Outer:
    """Outer docstring."""
    class Inner:
        class Deepest:
            def method(self):
                pass
    def method(self):
        def local():
            pass
        return local
    def nodoc(self):
        pass
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.__doc__)
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.method.__qualname__)
print(Outer.method.__qualname__, Outer().method().__qualname__)
print(repr(Outer.Inner), repr(Outer.Inner.Deepest))
def factory():
    class Local:
        pass
    return Local
L = factory()
print(L.__qualname__, repr(L))
Outer.__qualname__ = "Renamed"
print(repr(Outer), Outer.__name__)
Outer.__name__ = "NewName"
print(repr(Outer))
print(Outer.nodoc.__doc__, Outer.__dict__["__doc__"])
class NoDoc:
    x = 1
print(NoDoc.__doc__, "__doc__" in NoDoc.__dict__)
