-- Dunder's class library (stdlib/.../lua/object.lua), run from the source tree so that
-- lua5.4 runs the same module for the expected output.
package.path = "../../../../../../stdlib/src/main/resources/dunder/stdlib/lua/?.lua;" .. package.path
local Object = require("object")

local Animal = Object:extend{ cries = 0, sound = "..." }
function Animal:init(name) self.name = name end
function Animal:cry()
    self.cries = self.cries + 1
    return self.name .. " says " .. self.sound
end

local Cat = Animal:extend{ sound = "meow" }
function Cat:cry()
    return Cat.__super.cry(self) .. "!"
end

local tom = Cat("Tom")
print(tom:cry(), tom:cry(), tom.cries, Animal.cries, Cat.cries)
print(tom:is(Cat), tom:is(Animal), tom:is(Object), Animal("x"):is(Cat))
print(Cat:is(Animal), Animal:is(Cat))
print(tostring(tom):match("^table: ") ~= nil, rawget(Cat, "__super") == Animal)

-- metamethods are inherited by subclasses
local Vec = Object:extend{ __name = "Vec" }
function Vec:init(x, y) self.x, self.y = x, y end
function Vec.__add(a, b) return Vec(a.x + b.x, a.y + b.y) end
function Vec:__tostring() return "Vec(" .. self.x .. ", " .. self.y .. ")" end
local Vec3 = Vec:extend{}
local v = Vec3(1, 2) + Vec3(3, 4)
print(tostring(v), v:is(Vec), v:is(Vec3))
print(getmetatable(Vec3(0, 0)).__name)
