sq = lambda x: x * x
print(sq(5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
noargs = lambda: "nothing"
print(noargs())
varargs = lambda *a, **k: (a, k)
print(varargs(1, 2, z=3))
print((lambda x, y: x ** y)(2, 10))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda s: s.upper(), ["a", "b"])))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
print(sq.__name__)
nested = lambda x: lambda y: x + y
print(nested(3)(4))
kwonly = lambda *, k: k
print(kwonly(k="kw"))
