-- One operation: obj:area() on objects of four different classes (metatables) at one call site.
local function class(area)
    local c = {}
    c.__index = c
    c.area = area
    return c
end
local Square = class(function(self) return self.s * self.s end)
local Rect = class(function(self) return self.w * self.h end)
local Circle = class(function(self) return 3 * self.r * self.r end)
local Triangle = class(function(self) return self.b * self.h // 2 end)
local shapes = {
    setmetatable({ s = 2 }, Square),
    setmetatable({ w = 2, h = 3 }, Rect),
    setmetatable({ r = 1 }, Circle),
    setmetatable({ b = 4, h = 2 }, Triangle),
}

function bench(n)
    local total = 0
    for i = 1, n do
        total = total + shapes[i % 4 + 1]:area()
    end
    return total
end
