print("before")
value = 3
print(valeu + 1)
