local s = "abc"
print(s:rep(2))
local r = s:rep({})
