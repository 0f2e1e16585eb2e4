def f(a, b=0, **rest):
    return a, b, rest
opts = {"a": 1, "b": 2}
print(f(**opts))
print(f(**{"a": 1, "x": 9}))
print(f(1, **{"b": 5, "y": 6}))
print(f(**{"a": 1}, **{"z": 3}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def show(**kw):
    return list(kw.items())
print(show(**dict(first=1), second=2))
