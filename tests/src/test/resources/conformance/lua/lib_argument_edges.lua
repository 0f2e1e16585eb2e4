-- Library edge cases found by differential review against lua5.4

-- xpcall with debug.traceback as the handler: the faulting frame is still on the stack
print(xpcall(function() local x = nil; return x.f end, debug.traceback))
print(xpcall(function() error("boom") end, debug.traceback))
print(xpcall(function() return "fine" end, debug.traceback))
local function inner() local t = nil; return t.x end
print(xpcall(function() return inner() + 1 end, debug.traceback))
print(debug.traceback("after xpcall"))

-- string.byte: the end defaults to the start as given, before it is corrected
print(("x"):byte(0))
print(("abc"):byte(0, 2))
print(("abc"):byte(-10, 1))
print(("abc"):byte(-1))
print(("abc"):byte(2, 10))

-- math.max / math.min compare with Lua's <, without coercing strings
print(pcall(math.max, "1", 2))
print(pcall(math.min, 1, "2"))
print(math.max("10", "9"), math.min("10", "9"))
print(pcall(math.max, 1, nil))
print(pcall(math.max))
local mt = {__lt = function(a, b) return a.v < b.v end}
local a, b = setmetatable({v = 1}, mt), setmetatable({v = 2}, mt)
print(math.max(a, b).v, math.min(a, b).v)
print(math.max(1, 2.5, -1), math.min(3, 1.0, 1), math.max(1.0, 1), math.type(math.max(2, 2.0)))

-- argument errors name Lua's types
print(pcall(coroutine.resume, nil))
print(pcall(coroutine.status, 1))
print(pcall(load, nil))
print(pcall(load, true))
print(pcall(load, 42))

-- collectgarbage's modes (lua.c starts generational) and running state
print(collectgarbage("isrunning"))
print(collectgarbage("step"))
print(collectgarbage("incremental"))
print(collectgarbage("step"))
print(collectgarbage("incremental"))
print(collectgarbage("generational"))
print(collectgarbage("generational"))
print(collectgarbage("stop"), collectgarbage("isrunning"))
print(collectgarbage("restart"), collectgarbage("isrunning"))
print(collectgarbage("collect"), collectgarbage())
