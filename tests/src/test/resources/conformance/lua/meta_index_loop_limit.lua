local a, b = {}, {}
setmetatable(a, { __index = b })
setmetatable(b, { __index = a })
print(pcall(function() return a.x end))
setmetatable(a, { __newindex = b })
setmetatable(b, { __newindex = a })
print(pcall(function() a.x = 1 end))
-- a long but finite chain works
local t = { deep = "found" }
for i = 1, 50 do t = setmetatable({}, { __index = t }) end
print(t.deep)
-- self-referencing __index on a table with the key works
local s = { k = "v" }
setmetatable(s, { __index = s })
print(s.k, pcall(function() return s.missing end))
