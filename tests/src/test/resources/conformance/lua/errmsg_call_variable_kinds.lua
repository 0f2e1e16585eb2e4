local function try(f) local ok, e = pcall(f) print(e) end
local up = nil
try(function() local f = nil; f() end)                    -- local
try(function() no_such_function() end)                    -- global
try(function() local t = {}; t.missing() end)             -- field
try(function() local t = {}; t:method() end)              -- method
try(function() up() end)                                  -- upvalue
try(function() local t = {}; t[1]() end)
try(function() ("str")() end)
try(function() local n = 1; n() end)
try(function() local t = { x = {} }; t.x.y() end)
try(function() string.nosuch("x") end)
try(function() local s = "abc"; s:nosuch() end)
