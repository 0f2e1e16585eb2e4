def level_c(n):
    return [1, 2, 3][n]
def level_b(n):
    return level_c(n + 1)
def level_a(n):
    value = level_b(n * 2)
    return value
print(level_a(0))
print(level_a(1))
