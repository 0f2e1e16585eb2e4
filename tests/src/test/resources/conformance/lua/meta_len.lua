local t = setmetatable({ 1, 2, 3 }, { __len = function(self) return 42 end })
print(#t, rawlen(t))
local s = setmetatable({}, { __len = function() return "not a number" end })
print(#s)
local m = setmetatable({}, { __len = function() return 1, 2 end })
print(#m)
-- strings ignore __len-like metatable fields: # is the byte length
print(#"hello")
print(pcall(function() return #5 end))
print(pcall(function() local n = nil; return #n end))
-- __len and ipairs are independent
local count = 0
for _ in ipairs(t) do count = count + 1 end
print(count)
