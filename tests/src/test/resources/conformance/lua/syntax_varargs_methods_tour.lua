local function va(...)
  local a, b = ...
  local t = {...}
  local n = select('#', ...)
  return a, b, #t, n, ...
end
print(va())
print(va(1))
print(va(1, nil, 3))
print((va(1, 2)))
local function tail(n) if n > 0 then return tail(n - 1) end return "done", n end
print(tail(5))
local function multi() return 1, 2, 3 end
local t = {multi(), multi()}
print(#t, t[1], t[2], t[4])
local u = {multi(), (multi())}
print(#u)
print(multi(), (multi()))
print(string.format("%s %s", multi()))
local x, y, z, w = multi()
print(x, y, z, w)
local r = {n = select("#", multi())}
print(r.n)
print(type(print), type(nil), type({}), type("x"), type(2), type(true))
print(next({}) == nil, rawequal("a", "a"), rawequal({}, {}))
local obj = {name = "n"}
function obj.static(a) return a end
function obj:method(a) return self.name .. a end
print(obj.static(5), obj:method("!"), obj.method(obj, "?"))
local a = {b = {c = {}}}
function a.b.c.f() return "nested" end
function a.b.c:g() return self == a.b.c end
print(a.b.c.f(), a.b.c:g())
local s = 0
for i = 1, 10 do
  for j = 1, 10 do
    if j > i then break end
    s = s + 1
  end
end
print(s)
local i = 0
while true do i = i + 1 if i >= 5 then break end end
print(i)
goto skip
print("not printed")
::skip::
do
  local k = 0
  ::top::
  k = k + 1
  if k < 3 then goto top end
  print("k", k)
end
print(#"len", -(-3), not nil, not 0, nil and 1, false or nil, 1 and 2, nil or "d")
print(1 < 2 == true, "a" .. "b" == "ab", 2^3^2, -2^2, not 1 == 2)
print(("x"):rep(3) .. 1 + 2)
local str = "abc"
print(str:upper():lower():len())
print(#{1, 2, 3, nil}, #{nil, nil, 3})
