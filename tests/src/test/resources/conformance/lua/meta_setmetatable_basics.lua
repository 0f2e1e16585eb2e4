local t = {}
local mt = {}
print(setmetatable(t, mt) == t)
print(getmetatable(t) == mt)
print(setmetatable(t, nil) == t, getmetatable(t))
print(pcall(setmetatable, t))
print(pcall(setmetatable, nil, mt))
-- metatable fields added after setmetatable take effect
setmetatable(t, mt)
print(pcall(function() return t + 1 end))
mt.__add = function() return "added later" end
print(t + 1)
-- a metatable can be shared and can be its own metatable
local selfmt = {}
selfmt.__index = selfmt
selfmt.hello = "from self"
setmetatable(selfmt, selfmt)
print(selfmt.hello, setmetatable({}, selfmt).hello)
