local function three() return "a", "b", "c" end
local t = { 1, 2, 3, }
print(#t)
t = { 1; 2; 3; }
print(#t)
t = { x = 1, ["y z"] = 2, [10] = 3, 4, 5 }
print(t.x, t["y z"], t[10], t[1], t[2], #t)
t = { three() }
print(#t, t[1], t[3])
t = { three(), three() }
print(#t)
t = { three(), "end" }
print(#t, t[1], t[2])
t = { (three()) }
print(#t)
t = { [1 + 1] = "two", [true] = "yes", ["k" .. 1] = "k1" }
print(t[2], t[true], t.k1)
t = { { 1, 2 }, { 3, { 4 } } }
print(t[2][2][1])
t = {}
print(next(t))
t = { f = function(self) return self.v end, v = 42 }
print(t:f())
