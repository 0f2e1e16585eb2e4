local a = { b = { c = {} } }
function a.b.c.f(x) return "f got " .. tostring(x) end
function a.b.c:m(x) return self == a.b.c, x end
print(a.b.c.f(1))
print(a.b.c:m(2))
print(a.b.c.m(a.b.c, 3))
print(a.b.c.m(nil, 4))
function globalfn() return "global" end
print(globalfn(), type(_G.globalfn))
local obj = { n = 0 }
function obj.inc(self) self.n = self.n + 1 return self end
obj:inc():inc():inc()
print(obj.n)
