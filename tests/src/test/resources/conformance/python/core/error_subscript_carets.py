matrix = {"row": [1, 2, 3]}
print(matrix["row"][0])
print(matrix["row"][5] + 1)
