-- One operation: write a field of a table.
local p = { x = 1, y = 2 }

function bench(n)
    for i = 1, n do
        p.x = i
    end
    return p.x
end
