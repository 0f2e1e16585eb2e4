found = [w for w in ["a", "bb", "ccc"] if (length := len(w)) > 1]
print(found, length)
def g():
    hits = [y for x in range(5) if (y := x * 3) > 6]
    return hits, y
print(g())
total = 0
[(total := total + v) for v in [1, 2, 3]]
print(total)
def running_sums(xs):
    acc = 0
    return [acc := acc + x for x in xs], acc
print(running_sums([1, 2, 3, 4]))
print(any((hit := n) > 2 for n in [1, 3, 5]), hit)
