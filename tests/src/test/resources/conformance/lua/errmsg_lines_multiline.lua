local function try(f) print(select(2, pcall(f))) end
try(function()
  local t = {}
  return t.a
    .b
end)
try(function()
  local x = nil
  return 1 +
    x
end)
try(function()
  local f
  f(
    1,
    2
  )
end)
try(function()
  local s = "a" ..
    "b" ..
    {}
end)
try(function()
  error("line here")
end)
try(function() local t = {} t[nil] = 1 end)
try(function()
  local t = setmetatable({}, {__newindex = function(t, k, v)
    error("no new fields", 2)
  end})
  t.x = 1
end)
