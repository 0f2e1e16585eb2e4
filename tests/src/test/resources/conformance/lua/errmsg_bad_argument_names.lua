local function try(f) local ok, e = pcall(f) print(e) end
-- called directly from Lua code the function is named as written
try(function() string.rep() end)
try(function() local s = "x"; s:rep("n") end)
try(function() local s = "x"; s.rep() end)
try(function() ("x"):rep({}) end)
try(function() math.floor({}) end)
try(function() setmetatable(1, {}) end)
try(function() local insert = table.insert; insert(nil, 1) end)
try(function() tostring() end)
try(function() ipairs() end)
try(function() string.char(300) end)
-- called through pcall the name comes from the loaded libraries
print(select(2, pcall(string.rep)))
print(select(2, pcall(math.floor, {})))
print(select(2, pcall(ipairs)))
