-- table.* functions go through __index, __newindex and __len in Lua 5.4
local store = {}
local log = {}
local proxy = setmetatable({}, {
    __index = function(_, k) log[#log + 1] = "get" .. k; return store[k] end,
    __newindex = function(_, k, v) log[#log + 1] = "set" .. k; store[k] = v end,
    __len = function() return #store end,
})
table.insert(proxy, "a")
table.insert(proxy, "b")
print(#proxy, store[1], store[2], rawget(proxy, 1))
print(table.concat(proxy, ","))
print(table.unpack(proxy))
print(table.remove(proxy), #store)
print(#log > 0)
