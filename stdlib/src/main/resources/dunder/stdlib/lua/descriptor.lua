-- descriptor: "Lua could have descriptors" (the essay). Python's descriptors, built
-- from Lua's primitives: a class may hold property values, and reading or writing
-- that key on an instance runs the property's get or set function instead.
--
--   local descriptor = require("descriptor")
--   local Vector = descriptor.class{
--       magnitude = descriptor.property{ get = function(v) return math.sqrt(v.x^2 + v.y^2) end },
--   }
--   local v = Vector{ x = 3, y = 4 }
--   print(v.magnitude)              -- 5.0
--   v.magnitude = 1                 -- error: property 'magnitude' is read-only
--
-- Instances get a metatable whose __index and __newindex are functions: a key the
-- instance does not have is looked up in the class (and its bases); a property found
-- there is called, anything else is returned as a class attribute would be.

local descriptor = {}

local Property = { __name = "property" }
Property.__index = Property

--- A property: spec.get(obj) computes the value; spec.set(obj, value), if given, stores one.
function descriptor.property(spec)
    return setmetatable({ get = spec.get, set = spec.set, doc = spec.doc }, Property)
end

function descriptor.is_property(value)
    return getmetatable(value) == Property
end

-- the value of key in cls or its bases, without running properties
local function lookup(cls, key)
    while cls do
        local v = rawget(cls, key)
        if v ~= nil then
            return v
        end
        cls = rawget(cls, "__base")
    end
    return nil
end

--- A class whose instances honour properties; base (optional) is a class it extends.
function descriptor.class(body, base)
    local cls = body or {}
    cls.__base = base
    local meta = {}
    meta.__index = function(obj, key)
        local v = lookup(cls, key)
        if descriptor.is_property(v) then
            return v.get(obj)
        end
        return v
    end
    meta.__newindex = function(obj, key, value)
        local v = lookup(cls, key)
        if descriptor.is_property(v) then
            if not v.set then
                error("property '" .. tostring(key) .. "' is read-only", 2)
            end
            v.set(obj, value)
        else
            rawset(obj, key, value)
        end
    end
    return setmetatable(cls, {
        __index = base,
        __call = function(_, fields)
            local obj = setmetatable({}, meta)
            for k, v in pairs(fields or {}) do
                obj[k] = v
            end
            if obj.init then
                obj:init()
            end
            return obj
        end,
    })
end

return descriptor
