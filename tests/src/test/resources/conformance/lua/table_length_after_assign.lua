-- '#' is only specified for sequences; every table printed here is a sequence
local t = { 1, 2, 3 }
t[4] = 4
print(#t)
t[4] = nil
print(#t)
t[3] = nil
t[2] = nil
print(#t)
local u = {}
for i = 1, 5 do table.insert(u, i) end
print(#u)
while #u > 0 do table.remove(u) end
print(#u)
local v = { n = 1 }
v[1] = "x"
print(#v)
