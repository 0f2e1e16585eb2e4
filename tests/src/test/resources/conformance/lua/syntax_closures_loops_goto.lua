local fns = {}
for i = 1, 3 do fns[i] = function() return i end end
print(fns[1](), fns[2](), fns[3]())
local k = 0
local adders = {}
while k < 3 do k = k + 1; local j = k; adders[k] = function(x) return x + j end end
print(adders[1](10), adders[3](10))
local function counter()
  local n = 0
  return function() n = n + 1 return n end, function() return n end
end
local inc, get = counter()
inc() inc()
print(get())
local a, b = 1, 2
a, b = b, a
print(a, b)
local t = {1, 2, 3}
local i = 1
i, t[i] = i + 1, 20
print(i, t[1], t[2])
local function f(...) return select('#', ...), ... end
print(f(nil, nil))
print((f(1, 2, 3)))
print(#{f(1, 2)})
local x <const> = 10
local y <const> = "str"
print(x * 2, y .. "!")
do
  local s = 0
  for i = 10, 1, -3 do s = s + i end
  print(s)
  for v = 0, 1, 0.25 do io.write(v, " ") end print()
  for v = 1, 0, -0.5 do io.write(v, " ") end print()
end
local r = {}
for i = 1, 5 do
  if i % 2 == 0 then goto continue end
  r[#r + 1] = i
  ::continue::
end
print(table.concat(r, ","))
local n = 0
repeat local z = n; n = n + 1 until z >= 3
print(n)
print(#arg, arg[0] ~= nil)
