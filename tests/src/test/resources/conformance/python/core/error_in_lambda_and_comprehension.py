inv = lambda x: 1 / x
print([inv(x) for x in [1, 2, 4]])
print([inv(x) for x in [1, 0]])
