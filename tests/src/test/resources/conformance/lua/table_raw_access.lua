local log = {}
local t = setmetatable({ present = 1 }, {
    __index = function(_, k) return "via __index:" .. k end,
    __newindex = function(tt, k, v) log[#log + 1] = k; rawset(tt, k, v * 10) end,
    __len = function() return 99 end,
    __eq = function() return true end,
})
print(t.present, t.absent)
print(rawget(t, "present"), rawget(t, "absent"))
t.new = 5
print(rawget(t, "new"), table.concat(log, ","))
rawset(t, "raw", 7)
print(t.raw, #log)
t[1] = 1; t[2] = 2
print(#t, rawlen(t), rawlen("abcd"))
local u = setmetatable({}, getmetatable(t))
print(t == u, rawequal(t, u), rawequal(t, t))
print(rawequal("a", "a"), rawequal(1, 1.0))
print(pcall(rawlen, 5))
print(pcall(rawset, "str", 1, 2))
print(rawset(t, "chain", 1) == t)
