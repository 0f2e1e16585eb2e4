local function try(f) local ok, e = pcall(f) print(e) end
try(function() return ("abc").x.y end)
try(function() return "abc" + 1 end)
try(function() return "abc" | 1 end)
try(function() local k <const> = "text"; return k.field.sub end)
try(function() local k <const> = "text"; return k & 1 end)
try(function() local k <const> = 10; return k() end)
try(function() local k <const> = {}; return k.a.b end)
