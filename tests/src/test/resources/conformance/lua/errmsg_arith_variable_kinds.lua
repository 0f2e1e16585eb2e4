local function try(f) local ok, e = pcall(f) print(e) end
local up = {}
try(function() local t = {}; return t + 1 end)
try(function() return 1 + up end)
try(function() return g_undefined * 2 end)
try(function() local t = { f = {} }; return t.f - 1 end)
try(function() return {} / 2 end)
try(function() local b = false; return -b end)
try(function() local t = {}; return t % 2 end)
try(function() return 2 ^ {} end)
try(function() local s = "x"; return s + 1 end)
try(function() local t = {}; return 1 // t end)
try(function() local a, b = {}, {}; return a + b end)
try(function() return nil + nil end)
