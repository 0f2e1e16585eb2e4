print(type(1), type(1.5), type("s"), type([]), type(()), type({}), type(set()), type(None))
print(type(True), type(range(1)), type(slice(1)), type(frozenset()), type(len), type(lambda: 0))
def g(): yield
print(type(g()), type(iter([])), type(iter("")), type({}.keys()), type(NotImplemented), type(...))
print(type(int), type(type), type(object), type(ValueError()), type(ValueError))
print(type(1) is int, type(type(1)) is type, type(1).__name__)
class K: pass
print(type(K()).__name__, type(K).__name__, type(K()) is K)
print(type(map(str, [])), type(zip()), type(enumerate([])), type(reversed([])))
