from itertools import chain
print(list(chain([1, 2], (3,), "ab", range(2))))
print(list(chain()), list(chain([], [])))
print(list(chain.from_iterable([[1], [2, 3], []])))
c = chain("x", "y")
print(next(c), next(c), next(c, "end"))
def gen():
    yield "g1"
    yield "g2"
print(list(chain(gen(), {"k": 1})))
