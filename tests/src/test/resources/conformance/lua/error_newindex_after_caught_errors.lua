-- errors inside pcall do not end the program; the uncaught one at the end does
print(pcall(error, "first"))
print(xpcall(function() error("second") end, function(m) return "handled " .. m end))
local t = setmetatable({}, { __newindex = function() error("read-only", 2) end })
t.x = 1
