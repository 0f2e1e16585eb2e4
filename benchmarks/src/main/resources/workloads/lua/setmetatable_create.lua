-- One operation: create an object, setmetatable({...}, mt), and read a field of it.
local Point = {}
Point.__index = Point

function bench(n)
    local total = 0
    for i = 1, n do
        local p = setmetatable({ x = i, y = 2 }, Point)
        total = total + p.y
    end
    return total
end
