local calls = 0
local obj = { v = 5 }
function obj:get(d) return self.v + (d or 0) end
local function getobj() calls = calls + 1 return obj end
print(getobj():get(1))
print(calls)
local t = { inner = obj }
local idx = 0
local function key() idx = idx + 1 return "inner" end
print(t[key()]:get(2), idx)
