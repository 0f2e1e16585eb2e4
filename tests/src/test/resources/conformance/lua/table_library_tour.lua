local t = {10, 20, 30, nil, 50}
print(#t, select('#', table.unpack(t)))
print(table.unpack({1, 2, 3}, 2), table.unpack({1, 2, 3}, 2, 5))
local p = table.pack(1, nil, 3)
print(p.n, p[1], p[2], p[3])
local s = {5, 2, 8, 1, 9, 3}
table.sort(s) print(table.concat(s, " "))
table.sort(s, function(a, b) return a > b end) print(table.concat(s, " "))
local words = {"banana", "Apple", "cherry", "apple"}
table.sort(words) print(table.concat(words, " "))
local recs = {{n="b", v=2}, {n="a", v=2}, {n="c", v=1}}
table.sort(recs, function(x, y) return x.v < y.v end)
for _, r in ipairs(recs) do io.write(r.n, r.v, " ") end print()
local q = {}
table.insert(q, "a") table.insert(q, 1, "b") table.insert(q, 2, "c")
print(table.concat(q, ","), table.remove(q, 1), table.concat(q, ","), table.remove(q), #q)
print(table.concat({1, 2.5, "x"}, "-"), table.concat({}, ","), table.concat({1,2,3}, ",", 2, 3))
local m = table.move({1, 2, 3, 4, 5}, 2, 4, 1) print(table.concat(m, ","))
local m2 = table.move({1, 2, 3}, 1, 3, 3) print(table.concat(m2, ","))
local m3 = table.move({1, 2, 3}, 1, 3, 1, {}) print(table.concat(m3, ","))
local keys = {}
for k in pairs({a=1, b=2, c=3, [1]="x", [2]="y"}) do keys[#keys+1] = tostring(k) end
table.sort(keys) print(table.concat(keys, " "))
local big = {}
for i = 1, 100 do big[i] = i end
for i = 1, 100, 2 do big[i] = nil end
local cnt = 0 for _ in pairs(big) do cnt = cnt + 1 end print(cnt)
local ft = {}
ft[1.0] = "one" ft[2] = "two" ft[2^53] = "big"
print(ft[1], ft[2.0], ft[2^53], math.type(next(ft)))
print(rawlen({1, 2}), rawequal(ft, ft), rawget(ft, 1), next({}, nil))
local nested = {a = {b = {c = "deep"}}}
print(nested.a.b.c, nested["a"]["b"]["c"])
local arr = {}
arr[#arr + 1] = "x" arr[#arr + 1] = "y"
print(#arr, arr[#arr])
print(select(-1, 1, 2, 3), select(-2, 1, 2, 3))
print(pcall(select, 0, 1))
local t2 = setmetatable({}, {__len = function() return 42 end})
print(#t2)
local u = {n = 0}
function u:add(x) self.n = self.n + x return self end
print(u:add(1):add(2).n)
