-- One operation: read a field found 3 __index tables up the chain (object -> class -> ... ).
local level = { value = 1 }
level = setmetatable({ name0 = 0 }, { __index = level })
level = setmetatable({ name1 = 1 }, { __index = level })
local obj = setmetatable({ x = 0 }, { __index = level })

function bench(n)
    local total = 0
    for i = 1, n do
        total = total + obj.value
    end
    return total
end
