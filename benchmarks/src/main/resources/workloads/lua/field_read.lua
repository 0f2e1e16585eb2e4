-- One operation: read a field of a table (and add it to a running total).
local p = { x = 1, y = 2 }

function bench(n)
    local total = 0
    for i = 1, n do
        total = total + p.x
    end
    return total
end
