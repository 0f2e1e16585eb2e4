local calls = {}
local t = setmetatable({ real = "raw" }, {
    __index = function(tbl, key)
        calls[#calls + 1] = tostring(key)
        return type(key) == "number" and key * 2 or nil
    end,
})
print(t.real, t.missing, t[21], t[1.5])
print(table.concat(calls, ","))
local self_seen
local u = setmetatable({}, { __index = function(tbl) self_seen = tbl return "x" end })
local _ = u.anything
print(self_seen == u)
-- __index is only consulted for absent keys, not for keys set to false
local f = setmetatable({ flag = false }, { __index = function() return "fallback" end })
print(f.flag, f.other)
