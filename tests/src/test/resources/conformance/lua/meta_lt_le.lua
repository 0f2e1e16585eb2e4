local V = {}
V.__lt = function(a, b) print("lt", a.v, b.v) return a.v < b.v end
V.__le = function(a, b) print("le", a.v, b.v) return a.v <= b.v end
local function v(x) return setmetatable({ v = x }, V) end
local a, b = v(1), v(2)
print(a < b)
print(a > b)    -- b < a
print(a <= b)
print(a >= b)   -- b <= a
print(not (a < b))
