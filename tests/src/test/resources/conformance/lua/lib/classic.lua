-- a small class library in the style of the essay's Object:extend{}
local Object = {}
Object.__index = Object
Object.__tostring = function(self) return "instance of " .. (getmetatable(self).__classname or "?") end

local function construct(cls, ...)
    local obj = setmetatable({}, cls)
    if obj.init then obj:init(...) end
    return obj
end
setmetatable(Object, { __call = construct })

function Object:extend(body)
    local cls = body or {}
    for k, v in pairs(self) do
        if k:find("^__") and cls[k] == nil then cls[k] = v end
    end
    cls.__index = cls
    cls.__super = self
    return setmetatable(cls, { __index = self, __call = construct })
end

function Object:is(cls)
    local c = getmetatable(self)
    while c do
        if c == cls then return true end
        c = rawget(c, "__super")
    end
    return false
end

return Object
