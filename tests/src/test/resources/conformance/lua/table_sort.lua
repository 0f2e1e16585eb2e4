local t = { 5, 2, 8, 1, 9, 3 }
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local words = { "pear", "Apple", "banana", "apple", "10", "9" }
table.sort(words)
print(table.concat(words, " "))
local recs = { { n = "b", a = 2 }, { n = "a", a = 3 }, { n = "c", a = 1 } }
table.sort(recs, function(x, y) return x.a < y.a end)
for _, r in ipairs(recs) do io.write(r.n, " ") end print()
local mixed = { 3, 1.5, -2, 2^60, 0.5 }
table.sort(mixed)
for _, v in ipairs(mixed) do io.write(tostring(v), " ") end print()
local one = { 42 }
table.sort(one)
print(one[1])
