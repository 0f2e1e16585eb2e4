local function closer(name)
    return setmetatable({}, {
        __close = function(self, err)
            print("closing", name, "error:", err)
        end,
    })
end
local ok, msg = pcall(function()
    local a <close> = closer("a")
    local b <close> = closer("b")
    error("boom", 0)
end)
print(ok, msg)
-- an error inside __close replaces the original error
ok, msg = pcall(function()
    local a <close> = setmetatable({}, { __close = function() error("close failed", 0) end })
    error("original", 0)
end)
print(ok, msg)
-- a value without __close is rejected
ok, msg = pcall(function()
    local bad <close> = {}
end)
print(ok, msg)
