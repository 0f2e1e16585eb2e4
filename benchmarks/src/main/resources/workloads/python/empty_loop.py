# Baseline: the loop and the running total alone, no attribute access.
def bench(n):
    total = 0
    for i in range(n):
        total += 1
    return total
