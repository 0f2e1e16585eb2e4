local function closer(name)
    return setmetatable({}, {
        __close = function(self, err)
            print("closing", name, err)
        end,
    })
end
do
    local a <close> = closer("a")
    local b <close> = closer("b")
    local c <close> = nil   -- nil and false are allowed and ignored
    local d <close> = false
    print("in block")
end
print("after block")
local function f()
    local x <close> = closer("x")
    return "returned"
end
print(f())
for i = 1, 2 do
    local r <close> = closer("loop " .. i)
    if i == 2 then break end
    print("iteration", i)
end
print("done")
