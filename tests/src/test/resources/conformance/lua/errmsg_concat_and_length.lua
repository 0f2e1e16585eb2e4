local function try(f) local ok, e = pcall(f) print(e) end
local up = {}
try(function() local t = {}; return "a" .. t end)
try(function() return up .. "a" end)
try(function() return "a" .. undefined_g end)
try(function() local t = {}; return t.f .. "x" end)
try(function() return 1 .. true end)
try(function() local t = {}; return #t.missing end)
try(function() return #undefined_g end)
try(function() local n = 3; return #n end)
try(function() return #up.x end)
