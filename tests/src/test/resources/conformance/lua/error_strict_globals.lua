setmetatable(_G, {__newindex = function(t, k, v) error("assignment to undeclared global '" .. k .. "'", 2) end, __index = function(t, k) error("undeclared global '" .. k .. "'", 2) end})
local function f() x = 1 end
f()
