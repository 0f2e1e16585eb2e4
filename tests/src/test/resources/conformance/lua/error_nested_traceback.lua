local function level3(t) return t.missing.field end
local function level2(t) return level3(t) + 1 end
function level1(t) local r = level2(t) return r end
print("descending")
level1({})
