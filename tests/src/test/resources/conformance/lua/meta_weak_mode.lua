-- weak tables behave like ordinary tables while their entries are reachable
local cache = setmetatable({}, { __mode = "k" })
local key = {}
cache[key] = "value"
print(cache[key])
local vals = setmetatable({}, { __mode = "v" })
local obj = { name = "kept" }
vals[1] = obj
print(vals[1].name, getmetatable(vals).__mode)
vals.str = "strings are values, not collected"
print(vals.str)
