d = {"a": 1, "b": 2, "c": 3}
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(len(d.keys()), "a" in d.keys(), 2 in d.values(), ("b", 2) in d.items())
for k, v in d.items():
    print(k, v)
print(sorted(d.keys() & {"a", "z"}), sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}))
print(d.keys() == {"a", "b", "c"}, sorted(d.items() & {("a", 1), ("b", 3)}))
print(list(reversed(d.keys())), list(reversed(d.values())))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
