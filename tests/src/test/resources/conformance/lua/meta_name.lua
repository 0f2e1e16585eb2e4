local mt = { __name = "MyType" }
local obj = setmetatable({}, mt)
print((tostring(obj):match("^MyType: ")) ~= nil)
print(pcall(function() return obj + 1 end))
print(pcall(function() return #obj .. obj end))
print(pcall(function() return obj < obj end))
print(pcall(function() return obj() end))
print(pcall(string.rep, obj))
-- __name must be a string to be used
local other = setmetatable({}, { __name = 42 })
print((tostring(other):match("^table: ")) ~= nil)
-- __tostring wins over __name
mt.__tostring = function() return "custom" end
print(obj)
