local a, b = { 1 }, { 2 }
print("equal?", a == b)
print("same?", a == a)
print("by field", a[1] < b[1])
print("less?", a < b)
