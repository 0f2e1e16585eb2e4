local cache = setmetatable({}, { __mode = "k" })
local key1, key2 = {}, {}
cache[key1] = "one"
cache[key2] = "two"
cache["str"] = "strings stay"
cache[1] = "numbers stay"
key2 = nil
collectgarbage()
collectgarbage()
local n = 0
for k, v in pairs(cache) do n = n + 1 end
print(n, cache[key1], cache.str, cache[1])
local vals = setmetatable({}, { __mode = "v" })
vals[1] = {}
vals[2] = "kept"
local held = { name = "held" }
vals[3] = held
vals.x = function() end
collectgarbage()
print(vals[1], vals[2], vals[3].name, vals.x, #vals >= 0)
local both = setmetatable({}, { __mode = "kv" })
both[{}] = {}
both.k = held
collectgarbage()
local c = 0
for _ in pairs(both) do c = c + 1 end
print(c, both.k == held)
print(getmetatable(cache).__mode, getmetatable(vals).__mode)
