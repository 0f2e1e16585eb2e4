def ratio(x, y):
    return x / y
def report(values):
    for v in values:
        print("ratio", ratio(10, v))
print("start")
report([5, 2, 0, 1])
