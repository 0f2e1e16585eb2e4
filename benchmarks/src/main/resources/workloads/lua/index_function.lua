-- One operation: read a missing field through an __index function.
local obj = setmetatable({}, { __index = function(t, k) return 1 end })

function bench(n)
    local total = 0
    for i = 1, n do
        total = total + obj.anything
    end
    return total
end
