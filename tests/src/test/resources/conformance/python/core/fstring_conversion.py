s = "text"
print(f"{s!r}|{s!s}|{s}")
print(f"{'a' + 'b'!r}")
class P:
    def __str__(self): return "str-P"
    def __repr__(self): return "repr-P"
p = P()
print(f"{p}|{p!s}|{p!r}")
print(f"{p!r:>10}|{s!r:^10}|")
print(f"{[1, 'x']!s}|{[1, 'x']!r}")
q = 'it\'s'
print(f"{q!r}")
print(f"{None!r} {1.5!s}")
print(f"{'é'!a}")
