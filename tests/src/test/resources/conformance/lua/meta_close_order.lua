local function res(name)
    return setmetatable({}, { __close = function(_, e) print("close", name, e) end })
end
local function work(fail)
    local a <close> = res("a")
    do
        local b <close> = res("b")
        print("inner block")
    end
    local c <close> = res("c")
    if fail then error("failure", 0) end
    return "ok"
end
print(work(false))
print(pcall(work, true))
-- goto out of a block closes it
do
    local g <close> = res("g")
    goto out
end
::out::
print("after goto")
