-- the sequence may differ between implementations: only ranges are checked
local ok = true
for i = 1, 200 do
    local r = math.random()
    if r < 0 or r >= 1 or math.type(r) ~= "float" then ok = false end
    local d = math.random(6)
    if d < 1 or d > 6 or math.type(d) ~= "integer" then ok = false end
    local m = math.random(-3, 3)
    if m < -3 or m > 3 then ok = false end
end
print(ok)
print(math.random(5, 5), math.random(1))
print(pcall(math.random, 2, 1))
print(pcall(math.random, 1, 2, 3))
