-- '..' and '^' are right-associative
print("a" .. "b" .. "c" .. 1 .. 2)
print(1 .. 2 .. 3, math.type(1), type(1 .. 2))
print(2 ^ 2 ^ 3, 2 ^ (2 ^ 3), (2 ^ 2) ^ 3)
-- __concat metamethods: each step is kept to two operands through locals
-- (lua5.4.4 mishandles metamethod results inside longer concat chains)
local mt = {}
local function nm(v) if type(v) == "table" then return v.name end return v end
mt.__concat = function(a, b)
    return setmetatable({ name = "[" .. nm(a) .. "+" .. nm(b) .. "]" }, mt)
end
local x = setmetatable({ name = "x" }, mt)
local y = setmetatable({ name = "y" }, mt)
local yz = y .. "z"
print(yz.name, (x .. yz).name)
local xy = x .. y
print(xy.name, (xy .. "z").name)
print(("a" .. x).name, (x .. 1).name, (2.5 .. y).name)
