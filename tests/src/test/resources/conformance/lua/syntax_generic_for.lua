-- a stateless iterator
local function iter(limit, i)
    if i < limit then return i + 1, (i + 1) * (i + 1) end
end
for i, sq in iter, 4, 0 do print(i, sq) end
-- a closure iterator
local function range(n)
    local i = 0
    return function()
        i = i + 1
        if i <= n then return i end
    end
end
for v in range(3) do io.write(v, " ") end print()
-- the fourth value is a to-be-closed variable
local closing = setmetatable({}, { __close = function() print("iterator closed") end })
for v in range(2), nil, nil, closing do
    io.write(v, " ")
end
print()
for v in range(5), nil, nil, closing do
    if v == 2 then break end
end
print("after break")
-- ipairs over a sequence
for i, v in ipairs({ "a", "b", "c" }) do io.write(i, "=", v, " ") end print()
