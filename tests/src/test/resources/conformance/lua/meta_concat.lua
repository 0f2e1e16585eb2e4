local mt = {}
mt.__concat = function(a, b)
    local an = type(a) == "table" and "<" .. a.s .. ">" or a
    local bn = type(b) == "table" and "<" .. b.s .. ">" or b
    return an .. bn
end
local t = setmetatable({ s = "t" }, mt)
print(t .. "x")
print("x" .. t)
print(t .. t)
print(1 .. t)
print(t .. 2.5)
local plain = {}
print(pcall(function() return plain .. "x" end))
print(pcall(function() return "x" .. plain end))
print(pcall(function() return "x" .. nil end))
print(pcall(function() return true .. "" end))
