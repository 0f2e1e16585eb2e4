local t = setmetatable({}, {__tostring = function() return 42 end})
print(t)
