local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__eq = function(a, b) return a.x == b.x and a.y == b.y end
V.__tostring = function(v) return "(" .. v.x .. "," .. v.y .. ")" end
V.__lt = function(a, b) return a.x < b.x end
V.__le = function(a, b) return a.x <= b.x end
V.__unm = function(a) return vec(-a.x, -a.y) end
V.__len = function(a) return 2 end
V.__call = function(self, k) return self[k] end
V.__concat = function(a, b) return tostring(a) .. "&" .. tostring(b) end
V.__mul = function(a, b) if type(b) == "number" then return vec(a.x * b, a.y * b) else return vec(a * b.x, a * b.y) end end
local a, b = vec(1, 2), vec(3, 4)
print(tostring(a + b), a == vec(1, 2), a ~= b, a < b, a <= b, a > b, tostring(-a), #a, a("x"))
print(a .. b, a .. "s", "s" .. a, tostring(a * 2), tostring(2 * a))
local log = {}
local proxy = setmetatable({}, {
  __index = function(t, k) log[#log + 1] = "get " .. k return k:upper() end,
  __newindex = function(t, k, v) log[#log + 1] = "set " .. k rawset(t, k, v) end,
})
print(proxy.foo) proxy.bar = 1 proxy.bar = 2 print(proxy.bar)
print(table.concat(log, ", "))
local base = {greet = function(self) return "hi " .. self.name end}
local derived = setmetatable({}, {__index = base})
local obj = setmetatable({name = "o"}, {__index = derived})
print(obj:greet(), obj.missing)
base.greet = function(self) return "hello " .. self.name end
print(obj:greet())
derived.greet = function(self) return "derived " .. self.name end
print(obj:greet())
local protected = setmetatable({}, {__metatable = "locked"})
print(getmetatable(protected), pcall(setmetatable, protected, {}))
print(getmetatable("abc").__index == string)
local count = 0
local t = setmetatable({}, {__newindex = function(t, k, v) count = count + 1 end})
t.a = 1 t.b = 2 t[1] = 3
print(count, rawget(t, "a"))
local chain = setmetatable({}, {__newindex = setmetatable({}, {__newindex = function(t, k, v) print("deep set", k, v) end})})
chain.x = 5
local cls = setmetatable({}, {__call = function(self, ...) return select('#', ...), ... end})
print(cls(1, 2, 3))
local mt = {__index = function(t, k) return k * 2 end}
local d = setmetatable({}, mt)
print(d[21], d[1.5])
local eqa = setmetatable({}, {__eq = function() return true end})
local eqb = setmetatable({}, {__eq = function() return false end})
print(eqa == eqb, eqb == eqa, eqa == {}, eqa == 1)
local cc = setmetatable({}, {__close = function() print("closed") end})
do local x <close> = cc print("in block") end
local idx = setmetatable({}, {__index = {a = 1, b = {c = 2}}})
print(idx.a, idx.b.c)
