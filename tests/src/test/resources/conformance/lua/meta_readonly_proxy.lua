local function readonly(t)
    return setmetatable({}, {
        __index = t,
        __newindex = function(_, k) error("attempt to update a read-only table (key " .. tostring(k) .. ")", 2) end,
        __len = function() return #t end,
        __pairs = function() return next, t, nil end,
    })
end
local days = readonly({ "Sun", "Mon", "Tue" })
print(days[1], #days)
local ok, err = pcall(function() days[4] = "Wed" end)
print(ok, err)
local n = 0
for _ in pairs(days) do n = n + 1 end
print(n)
