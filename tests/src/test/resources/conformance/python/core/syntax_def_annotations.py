def add(a: int, b: int = 2) -> int:
    return a + b
print(add(1))
print(add("x", "y"))
def complex_ann(x: "list[int]", *args: str, key: float = 1.0, **kw: dict) -> None:
    return (x, args, key, kw)
print(complex_ann([1], "a", key=2.5, extra=3))
print(sorted(add.__annotations__.items()))
def no_ann(x):
    return x
print(no_ann.__annotations__)
