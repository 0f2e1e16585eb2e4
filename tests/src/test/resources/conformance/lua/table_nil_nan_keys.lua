local t = {}
print(t[nil])
print(pcall(function() t[nil] = 1 end))
print(pcall(function() t[0/0] = 1 end))
print(t[0/0])
print(pcall(rawset, t, nil, 1))
print(pcall(function() return { [nil] = 1 } end))
t.x = nil
print(next(t))
t.x = 1
t.x = nil
print(next(t))
