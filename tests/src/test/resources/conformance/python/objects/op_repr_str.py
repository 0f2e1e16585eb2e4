class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr-repr"
class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"
    def __repr__(self):
        return "OnlyStr()"
b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s)
print(repr(b), repr(r), repr(s), str(b), str(r), str(s))
print([b, r, s], (b,), {"k": b})
print(f"{b} {b!r} {r} {s!s}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(str(OnlyRepr()) == repr(OnlyRepr()))
class StrSub(str):
    pass
class ReprSub:
    def __repr__(self):
        return StrSub("sub-repr")
print(repr(ReprSub()), type(repr(ReprSub())).__name__)
