local function counter()
    local n = 0
    return function() n = n + 1 return n end, function() return n end
end
local inc, get = counter()
inc() inc()
print(get())
local inc2 = counter()
print(inc2(), get())
-- each loop iteration has a fresh local
local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
local ws = {}
local j = 0
while j < 3 do
    j = j + 1
    local k = j
    ws[j] = function() return k, j end
end
print(ws[1]())
print(ws[3]())
-- shared upvalue between sibling closures
local function pair()
    local v = "init"
    return function(x) v = x end, function() return v end
end
local set, read = pair()
set("changed")
print(read())
