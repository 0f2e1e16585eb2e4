-- object: a small class library in the style of the essay's Object:extend{}.
--
--   local Object = require("object")
--   local Animal = Object:extend{ cries = 0 }      -- a class, with defaults
--   function Animal:init(name) self.name = name end -- called by Animal(...)
--   local Cat = Animal:extend{}                     -- a subclass
--   function Cat:cry() Cat.__super.cry(self) end    -- the superclass's method
--   local cat = Cat("Tom"); cat:is(Animal)          -- true
--
-- A class is a table that is the metatable of its instances: its __index is
-- itself, so instances find methods and defaults in it; its own metatable's
-- __index is the superclass, so lookups continue up the chain, and its __call
-- makes instances. Metamethods (__tostring, __add, ...) are not found through
-- __index, so extend copies them into each subclass.

local Object = {}
Object.__index = Object

local function construct(cls, ...)
    local obj = setmetatable({}, cls)
    obj:init(...)
    return obj
end

setmetatable(Object, { __call = construct })

--- Does nothing; classes override it to initialise their instances.
function Object:init()
end

--- A subclass of self; body (optional) holds its methods and defaults.
function Object:extend(body)
    local cls = body or {}
    for k, v in pairs(self) do
        if type(k) == "string" and k:find("^__") and rawget(cls, k) == nil then
            cls[k] = v
        end
    end
    cls.__index = cls
    cls.__super = self
    return setmetatable(cls, { __index = self, __call = construct })
end

--- Whether self is an instance of cls or of a subclass of cls (or, for a class, is or extends cls).
function Object:is(cls)
    local c = rawget(self, "__index") == self and self or getmetatable(self)
    while c do
        if c == cls then
            return true
        end
        c = rawget(c, "__super")
    end
    return false
end

return Object
