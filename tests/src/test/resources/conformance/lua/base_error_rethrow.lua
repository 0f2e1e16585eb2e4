local function inner() error("inner failure") end
local ok, e = pcall(function()
    local ok2, e2 = pcall(inner)
    print("caught inside:", ok2, e2)
    error(e2, 0)   -- rethrow unchanged
end)
print("outer:", ok, e)
ok, e = pcall(function()
    local ok2, e2 = pcall(inner)
    error(e2)      -- level 1 adds another position prefix
end)
print("outer:", ok, e)
ok, e = pcall(function()
    local ok2, e2 = pcall(error, { tag = "T" })
    error(e2)
end)
print("table survives:", ok, type(e), e.tag)
