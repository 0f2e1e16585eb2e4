local t = {}
function t.run(f) return f() end
t.run(function()
  local x = {}
  return x.y.z
end)
