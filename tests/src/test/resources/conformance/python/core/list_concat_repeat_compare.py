print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5, [1] * -1)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 2, 0], [2] > [1, 99])
print([] < [0], [[1]] == [[1]], [1, 2] == (1, 2))
rows = [[0]] * 3
rows[0].append(1)
print(rows)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
