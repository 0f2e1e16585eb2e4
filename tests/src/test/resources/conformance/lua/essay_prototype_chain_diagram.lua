-- object -> metatable.__index -> class -> metatable.__index -> superclass
local superclass = {
    some_other_method = function(self) return "other from " .. self.name end,
}
local class = setmetatable({
    some_method = function(self) return "some from " .. self.name end,
}, { __index = superclass })
local object = setmetatable({ name = "obj" }, { __index = class })
print(object:some_method())
print(object:some_other_method())
print(rawget(object, "some_method"), rawget(class, "some_other_method"))
print(object.missing)
-- a class used directly as a metatable does not do much
local plain = setmetatable({}, class)
print(plain.some_method)
