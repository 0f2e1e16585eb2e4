local function apply(f, ...) return f(...) end
local ok = apply(function(a, b) return a + b end, 1, 2)
print(ok)
apply(function(a, b) return a .. b end, {}, "x")
