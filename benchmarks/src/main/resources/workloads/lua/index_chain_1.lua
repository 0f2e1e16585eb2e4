-- One operation: read a field the object lacks, found in its metatable's __index table (a "class").
local Class = { value = 1 }
local obj = setmetatable({ x = 0 }, { __index = Class })

function bench(n)
    local total = 0
    for i = 1, n do
        total = total + obj.value
    end
    return total
end
