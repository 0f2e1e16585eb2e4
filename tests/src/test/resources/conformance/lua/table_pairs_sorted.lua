local t = { 10, 20, 30, x = "a", y = "b", [true] = "t" }
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(keys)
print(table.concat(keys, " "))
local n = 0
for k in pairs({}) do n = n + 1 end
print("empty", n)
-- the array part is traversed in order first by pairs over a pure sequence
local seq = { "a", "b", "c" }
local out = {}
for k, v in next, seq do out[#out + 1] = k .. v end
table.sort(out)
print(table.concat(out, ","))
-- clearing fields during traversal is allowed
local c = { a = 1, b = 2, c = 3 }
for k in pairs(c) do c[k] = nil end
print(next(c))
