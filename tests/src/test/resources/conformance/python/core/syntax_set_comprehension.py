s = {x % 4 for x in range(10)}
print(s, type(s).__name__)
print({x * x for x in [-2, -1, 0, 1, 2]})
print(sorted({c for c in "mississippi"}))
print({x for x in []})
print(len({(a, b) for a in range(3) for b in range(3) if a != b}))
