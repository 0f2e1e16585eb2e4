print(1 and 2, nil and 2, false and 2)
print(1 or 2, nil or 2, false or nil)
print(0 and "zero is true", "" and "empty is true")
print(not 0, not "", not nil, not false)
local calls = 0
local function side() calls = calls + 1 return true end
local _ = false and side()
local _ = true or side()
print("side calls", calls)
local v = nil
print(v and v.field or "default")
local function f() return nil, "second" end
print((f()) or "fallback")
print(false == nil, nil == nil)
