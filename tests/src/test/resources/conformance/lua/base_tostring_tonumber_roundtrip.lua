local vals = { 0, -1, 1.5, 1e15, 1e16, 2^53, -0.0, 123456.789, math.maxinteger, math.mininteger, 1/3 }
for _, v in ipairs(vals) do
    local s = tostring(v)
    local back = tonumber(s)
    print(s, math.type(back), back == v)
end
