local vec = { x = 1, y = 2 }
print("vec.x", vec.x)
local r = vec * 2
print(r)
