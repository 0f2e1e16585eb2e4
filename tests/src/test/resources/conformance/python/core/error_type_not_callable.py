total = 10
print("total", total)
total(5)
