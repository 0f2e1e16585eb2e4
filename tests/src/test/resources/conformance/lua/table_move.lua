local function show(t, n) local o = {} for i = 1, n do o[i] = tostring(t[i]) end return table.concat(o, " ") end
local a = { 1, 2, 3, 4, 5 }
table.move(a, 1, 3, 3)
print(show(a, 5))
a = { 1, 2, 3, 4, 5 }
table.move(a, 3, 5, 1)
print(show(a, 5))
local b = table.move({ "x", "y" }, 1, 2, 2, { "keep" })
print(show(b, 3))
local r = table.move({}, 1, 0, 1, { "untouched" })
print(r[1])
