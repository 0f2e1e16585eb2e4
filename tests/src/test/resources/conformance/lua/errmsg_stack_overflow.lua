local function recurse(n) return 1 + recurse(n + 1) end
local ok, e = pcall(recurse, 1)
print(ok, type(e), e:find("stack overflow", 1, true) ~= nil)
-- the interpreter is still usable afterwards
print(pcall(function() return "still fine" end))
