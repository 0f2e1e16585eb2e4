local t = setmetatable({}, {__index = function(t, k) return t[k] end})
print(pcall(function() return t.x end))
local function p(n) return pcall(p, n + 1) end
print(p(1))
local d = 0
local function q(n) d = n; local ok = pcall(q, n + 1) return ok end
q(1) print("pcall depth", d)
local u = setmetatable({}, {__add = function(a, b) return a + b end})
print(pcall(function() return u + 1 end))
local co = 0
local function tos() co = co + 1; return tostring(setmetatable({}, {__tostring = tos})) end
print(pcall(tos), co)
