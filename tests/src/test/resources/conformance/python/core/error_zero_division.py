print("computing")
a = 10
b = 0
print(a // 3)
print(a / b)
