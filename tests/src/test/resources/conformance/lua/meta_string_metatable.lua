local s = "Hello"
print(s:len(), s:upper(), s:byte(1), ("x"):rep(3))
local mt = getmetatable("")
print(type(mt), mt.__index == string)
-- adding to the string table makes a method available on every string
function string.shout(str) return str:upper() .. "!" end
print(("hey"):shout())
print(("abc"):len(), #"abc")
print(pcall(function() return ("abc").nosuch() end))
print(("%d items"):format(3))
print(type(s.len), s.len == string.len)
print(("10") + 5, "3" * "4")
local n = 5
print(pcall(function() return n:foo() end))
