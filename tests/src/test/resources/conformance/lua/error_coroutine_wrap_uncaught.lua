local co = coroutine.create(function() local t = nil; return t[1] end)
print(coroutine.resume(co))
local w = coroutine.wrap(function() error("inside wrap") end)
w()
