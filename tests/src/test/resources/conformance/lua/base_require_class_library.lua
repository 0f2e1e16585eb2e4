package.path = "./lib/?.lua;" .. package.path
local Object = require("classic")
local Animal = Object:extend{ sound = "..." }
function Animal:init(name) self.name = name end
function Animal:speak() return self.name .. " says " .. self.sound end
local Dog = Animal:extend{ sound = "woof" }
function Dog:init(name, breed)
    Dog.__super.init(self, name)
    self.breed = breed
end
local d = Dog("Rex", "lab")
print(d:speak(), d.breed)
print(d:is(Dog), d:is(Animal), d:is(Object), Animal("x"):is(Dog))
print(tostring(d))
print(Animal("generic"):speak())
