local t = {}
local k1, k2 = {}, {}
local f = function() end
t[k1] = "table key 1"
t[k2] = "table key 2"
t[f] = "function key"
t[true] = "true key"
t[false] = "false key"
t["1"] = "string one"
t[1] = "integer one"
print(t[k1], t[k2], t[f], t[true], t[false])
print(t["1"], t[1])
print(t[{}])
local count = 0
for _ in pairs(t) do count = count + 1 end
print("count", count)
