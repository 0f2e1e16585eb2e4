matrix = [[1, 2, 3], [4, 5, 6]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([(a, b) for a in range(3) for b in range(a)])
print([c + d for c in "ab" for d in "xy"])
print({(i, j) for i in range(2) for j in range(2) if i <= j} == {(0, 0), (0, 1), (1, 1)})
print({i: {j: i * j for j in range(3)} for i in range(2)})
print([[y for y in range(x)] for x in range(4)])
print([x for xs in [[1], [], [2, 3]] for x in xs if x != 2])
