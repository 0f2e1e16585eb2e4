local log = {}
local t = setmetatable({ existing = 1 }, {
    __newindex = function(tbl, k, v)
        log[#log + 1] = tostring(k) .. "=" .. tostring(v)
        rawset(tbl, k, v)
    end,
})
t.a = 1          -- absent: __newindex
t.a = 2          -- present now: raw write
t.existing = 5   -- present: raw write
t[1] = "x"
print(table.concat(log, " "))
print(t.a, t.existing, t[1])
t.a = nil        -- assigning nil to a present key is a raw write
t.a = 3          -- absent again
print(table.concat(log, " "))
-- a __newindex that ignores the write
local ro = setmetatable({}, { __newindex = function() end })
ro.x = 1
print(ro.x)
