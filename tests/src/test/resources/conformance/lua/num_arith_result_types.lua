local vals = { 2, 2.0, "2", "2.0" }
for _, a in ipairs(vals) do
    local r = {}
    for _, b in ipairs(vals) do
        local s = a + b
        r[#r + 1] = tostring(s) .. "(" .. math.type(s) .. ")"
    end
    print(string.format("%-5s", tostring(a)), table.concat(r, " "))
end
print(10 - 3, 10 - 3.0, 2 * 3, 2 * 3.0, 7 // 2, 7 // 2.0, 7 % 2, 7 % 2.0)
print(-(-3), -(-3.0), - math.mininteger)
