count = 5
label = "items: "
print(label + str(count))
print(label + count)
