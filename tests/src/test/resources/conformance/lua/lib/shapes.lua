local M = { name = "shapes" }

local Square = {}
Square.__index = Square
function Square.new(side) return setmetatable({ side = side }, Square) end
function Square:area() return self.side * self.side end
function Square:describe() return "square of side " .. self.side end

local Circle = {}
Circle.__index = Circle
function Circle.new(r) return setmetatable({ r = r }, Circle) end
function Circle:area() return math.pi * self.r ^ 2 end
function Circle:describe() return "circle of radius " .. self.r end

M.Square = Square
M.Circle = Circle
return M
