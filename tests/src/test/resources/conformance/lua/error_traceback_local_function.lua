local function f() return string.format("%d", "x") end
local co = f
co()
