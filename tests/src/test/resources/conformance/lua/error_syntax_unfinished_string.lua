-- the whole file is compiled first: nothing is printed
print("ok")
local s = "fine"
print(s)
print("broken)
