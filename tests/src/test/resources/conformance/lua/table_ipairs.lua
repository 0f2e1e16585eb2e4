local t = { "a", "b", nil, "d" }
for i, v in ipairs(t) do print(i, v) end
local u = { [1] = "x", [2] = "y", [4] = "z" }
local n = 0
for i in ipairs(u) do n = i end
print("last", n)
for i, v in ipairs({}) do print("never") end
local f, s, start = ipairs(t)
print(type(f), s == t, start)
print(f(t, 0))
print(f(t, 2))
