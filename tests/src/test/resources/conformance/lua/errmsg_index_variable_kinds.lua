local function try(f) local ok, e = pcall(f) print(e) end
local loc = nil
try(function() local l = nil; return l.x end)          -- local
try(function() return undefined_global.x end)           -- global
try(function() local t = {}; return t.a.b end)          -- field
try(function() return loc.x end)                        -- upvalue
try(function() local t = {}; return t[1].x end)         -- integer key: no name
try(function() local t = { a = {} }; return t.a.b.c end)
try(function() local s = "k"; local t = {}; return t[s].x end)
try(function() return (nil).x end)
try(function() local b = true; return b.x end)
try(function() local n = 5; n.x = 1 end)
try(function() undefined_global.x = 1 end)
