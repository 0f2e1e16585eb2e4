class C:
    def __len__(self):
        return 1
    def __str__(self):
        return "class __str__"
c = C()
c.__len__ = lambda: 99
c.__str__ = lambda: "instance __str__"
print(len(c), c.__len__())
print(str(c), c.__str__())
c.__call__ = lambda: "instance call"
try:
    c()
except TypeError as e:
    print("TypeError:", e)
C.__call__ = lambda self: "class call"
print(c())
C.__len__ = lambda self: 7
print(len(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
