function global_fn(t)
  table.sort(t, function(a, b) return a.x < b end)
end
global_fn({{x=1}, {x=2}, {x = 3}})
