def infinite():
    return infinite()
try:
    infinite()
except RecursionError as e:
    print(type(e).__name__, e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print("recovered, depth over 900:", d > 900, "under 1000:", d < 1000)
print("still works after recursion error:", sum(range(10)))
