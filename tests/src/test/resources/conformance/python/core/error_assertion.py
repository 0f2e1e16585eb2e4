def check(x):
    assert x > 0, f"expected positive, got {x}"
    return x
print(check(3))
check(-2)
