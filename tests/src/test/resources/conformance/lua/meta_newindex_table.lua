local store = {}
local proxy = setmetatable({}, { __newindex = store, __index = store })
proxy.a = 1
proxy.b = 2
print(rawget(proxy, "a"), store.a, proxy.a)
-- chained: the store itself has a __newindex
local log = {}
local deep = setmetatable({}, { __newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v) end })
local front = setmetatable({}, { __newindex = deep })
front.x = 10
print(rawget(front, "x"), rawget(deep, "x"), log[1])
front.x = 20   -- deep has x now, but front does not: goes to deep raw
print(rawget(deep, "x"), #log)
