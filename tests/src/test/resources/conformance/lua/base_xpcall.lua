local function handler(msg) return "handled: " .. tostring(msg) end
print(xpcall(function() error("oops") end, handler))
print(xpcall(function() return "fine", 2 end, handler))
print(xpcall(function(a, b) return a * b end, handler, 6, 7))
print(xpcall(function() error({ 1, 2, 3 }) end, function(e) return #e end))
print(xpcall(function() local t = nil; return t.x end, function(m) return "H:" .. m end))
print(xpcall(error, function(m) return m end, "direct", 0))
-- a handler that itself errors
local ok, e = xpcall(function() error("first") end, function(m) error("in handler") end)
print(ok, type(e))
print(pcall(xpcall, function() end))
-- the handler receives non-string error values unchanged
print(xpcall(function() error(12) end, function(m) return m * 2 end))
