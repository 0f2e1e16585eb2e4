for f in [lambda: [][0], lambda: [1, 2][5], lambda: (1,)[-2], lambda: "ab"[9], lambda: range(3)[3],
          lambda: [].pop(), lambda: [1].pop(3)]:
    try:
        f()
    except IndexError as e:
        print("IndexError:", e)
for f in [lambda: {}["a"], lambda: {}[1], lambda: {}[(1, 2)], lambda: {}[""], lambda: set().pop()]:
    try:
        f()
    except KeyError as e:
        print("KeyError:", e, repr(e))
for f in [lambda: int("x"), lambda: float("y"), lambda: [1].index(2), lambda: "a".index("b"),
          lambda: chr(-1), lambda: int("5", 1), lambda: [].remove(1), lambda: "".join("a").split(""),
          lambda: (1, 2).index(3), lambda: range(0, 1, 0)]:
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
