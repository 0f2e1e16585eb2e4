five, s, none, onefive = 5, "s", None, 1.0
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: 1 - "x", lambda: "a" * "b",
    lambda: -"s", lambda: ~1.5, lambda: five(), lambda: s(), lambda: len(5), lambda: 1 < "a",
    lambda: [1][none], lambda: {}[[]], lambda: iter(5), lambda: next([1]), lambda: 1 / [],
    lambda: abs("x"), lambda: sum(["a"]), lambda: hash([]), lambda: int([1]), lambda: divmod("a", 1),
    lambda: [].append(), lambda: len(), lambda: (lambda x: x)(1, 2), lambda: 2 ** "x",
    lambda: None < None, lambda: {1} + {2}, lambda: (1, 2)[onefive], lambda: "%d" % [],
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
