x: int = 5
print(x)
y: str
try:
    print(y)
except NameError as e:
    print("NameError:", e)
name: "any expression" = "annotated"
print(name)
def f(a: int, b: "str" = "d") -> list:
    c: float = 1.5
    return [a, b, c]
print(f(1))
class P:
    x: int = 3
    y: int
print(P.x, hasattr(P, "y"))
lst = [0]
lst[0]: int = 9
print(lst)
