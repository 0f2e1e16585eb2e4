local co = coroutine.create(function()
  local function f(n) return 1 + f(n + 1) end
  return f(1)
end)
local ok, e = coroutine.resume(co)
print(ok, e:match("stack overflow") ~= nil)
local function nest(n)
  if n == 0 then return 0 end
  local c = coroutine.wrap(function() return nest(n - 1) + 1 end)
  return c()
end
print(pcall(nest, 100))
print(select(2, pcall(nest, 300)))
