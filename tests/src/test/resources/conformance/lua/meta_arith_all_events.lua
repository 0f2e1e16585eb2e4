local mt = {}
local function name(x) return type(x) == "table" and x.n or tostring(x) end
for _, ev in ipairs({ "add", "sub", "mul", "div", "mod", "pow", "idiv", "unm" }) do
    mt["__" .. ev] = function(a, b) return ev .. "(" .. name(a) .. "," .. name(b) .. ")" end
end
local A = setmetatable({ n = "A" }, mt)
print(A + 1)
print(A - 1)
print(A * 1)
print(A / 1)
print(A % 1)
print(A ^ 1)
print(A // 1)
print(-A)
