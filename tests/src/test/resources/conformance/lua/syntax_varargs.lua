local function count(...) return select('#', ...) end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil))
local function first(...) local a = ... return a end
print(first(7, 8, 9))
local function pack(...) return { ... } end
local t = pack(1, 2, 3)
print(#t, t[3])
local function mid(...) return ..., "x" end
print(mid(1, 2, 3))
local function last(...) return "x", ... end
print(last(1, 2, 3))
local function sum(...)
    local s = 0
    for i = 1, select('#', ...) do s = s + (select(i, ...)) end
    return s
end
print(sum(1, 2, 3, 4))
local function vf(a, b, ...)
    return a, b, select('#', ...)
end
print(vf(1))
print(vf(1, 2, 3, 4, 5))
print(load("return function() return ... end") ~= nil)
print(load("function f() return ... end"))
-- the main chunk is itself a vararg function
print(select('#', ...))
