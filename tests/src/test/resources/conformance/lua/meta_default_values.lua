local function with_default(t, d)
    return setmetatable(t, { __index = function() return d end })
end
local counts = with_default({}, 0)
for _, w in ipairs({ "a", "b", "a", "c", "a" }) do counts[w] = counts[w] + 1 end
print(counts.a, counts.b, counts.c, counts.z)
local keys = {}
for k in pairs(counts) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, ","))
