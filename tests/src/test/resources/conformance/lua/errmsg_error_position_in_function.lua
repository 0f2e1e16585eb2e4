local M = {}
function M.check(v)
    if not v then
        error("check failed")
    end
    return v
end
function M:method()
    error("in method")
end
print(pcall(M.check, false))
print(pcall(M.method, M))
print(pcall(function()
    local t = setmetatable({}, { __index = function(t, k) error("no field " .. k, 2) end })
    return t.foo
end))
