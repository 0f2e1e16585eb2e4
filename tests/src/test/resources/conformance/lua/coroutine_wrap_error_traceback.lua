local gen = coroutine.wrap(function(x)
  local y = coroutine.yield(x + 1)
  local t = nil
  return t.field
end)
print(gen(1))
print(gen(2))
