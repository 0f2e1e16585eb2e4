local function wrap(f) return function(...) return f(...) end end
local function show(...)
    local n = select('#', ...)
    local parts = {}
    for i = 1, n do parts[i] = tostring((select(i, ...))) end
    return n .. ":" .. table.concat(parts, ",")
end
print(wrap(show)(1, nil, 3, nil))
print(wrap(show)())
local packed = table.pack(nil, nil)
print(show(table.unpack(packed, 1, packed.n)))
local function tail(...) return select(2, ...) end
print(show(tail(1, 2, 3)))
