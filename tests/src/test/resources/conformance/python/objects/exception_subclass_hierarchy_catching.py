class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid, KeyError): pass
for exc in (Base("b"), Mid("m"), Leaf("l")):
    try:
        raise exc
    except KeyError as e:
        print("caught as KeyError:", type(e).__name__, e)
    except Mid as e:
        print("caught as Mid:", type(e).__name__, e)
    except Base as e:
        print("caught as Base:", type(e).__name__, e)
print([k.__name__ for k in Leaf.__mro__])
class Meta(type):
    def __instancecheck__(cls, obj):
        return True
    def __subclasscheck__(cls, sub):
        print("__subclasscheck__ during except matching?", sub.__name__)
        return True
class Catcher(Exception, metaclass=Meta):
    pass
try:
    try:
        raise ValueError("v")
    except Catcher:
        print("caught by metaclass subclasscheck")
except ValueError:
    print("except matching ignores __subclasscheck__")
