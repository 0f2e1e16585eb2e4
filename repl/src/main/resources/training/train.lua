-- Start-up training (StartupTraining): the common paths of a short Lua script.
local Vector = {}
Vector.__index = Vector
function Vector.new(x, y) return setmetatable({x = x, y = y}, Vector) end
function Vector.__add(a, b) return Vector.new(a.x + b.x, a.y + b.y) end
function Vector:length() return math.sqrt(self.x * self.x + self.y * self.y) end
local total = Vector.new(0, 0)
for i = 1, 20000 do total = total + Vector.new(i, 1.5) end
local words = {}
for w in ("the quick brown fox jumps over the lazy dog"):gmatch("%a+") do words[#words + 1] = w end
table.sort(words)
print(total.x, string.format("%.2f", total:length()), table.concat(words, ","), ("x"):rep(3))
print(pcall(function() error("boom") end))
