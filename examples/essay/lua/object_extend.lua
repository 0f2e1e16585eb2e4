-- The essay's Object:extend{} class library (a minimal version, as the essay's
-- author uses in LÖVE games; Dunder ships a fuller one as require("object")).
local Object = {}
Object.__index = Object
setmetatable(Object, {
    __call = function(cls, ...)
        local obj = setmetatable({}, cls)
        if obj.init then obj:init(...) end
        return obj
    end,
})
function Object:extend(body)
    local cls = body or {}
    cls.__index = cls
    cls.__super = self
    return setmetatable(cls, { __index = self, __call = getmetatable(self).__call })
end

local Animal = Object:extend{
    cries = 0,
}

-- called automatically by Object
function Animal:init()
    print("whoops i couldn't think of anything interesting to put here")
end

-- this is just nice syntax for adding a first argument called 'self', then
-- assigning this function to Animal.cry
function Animal:cry()
    self.cries = self.cries + 1
end

local Cat = Animal:extend{}

function Cat:cry()
    print("meow!")
    Cat.__super.cry(self)
end

local cat = Cat()
cat:cry()  -- meow!
cat:cry()  -- meow!
print(cat.cries)  -- 2
