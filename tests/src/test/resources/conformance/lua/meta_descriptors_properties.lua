-- "Lua could have descriptors": properties through __index/__newindex functions
local function class_with_properties(props)
    local cls = {}
    local mt = {}
    mt.__index = function(obj, key)
        local p = props[key]
        if p and p.get then return p.get(obj) end
        return cls[key]
    end
    mt.__newindex = function(obj, key, value)
        local p = props[key]
        if p then
            if not p.set then error("property '" .. key .. "' is read-only", 2) end
            return p.set(obj, value)
        end
        rawset(obj, key, value)
    end
    cls.new = function(fields) return setmetatable(fields, mt) end
    return cls
end
local Vector = class_with_properties({
    magnitude = { get = function(v) return math.sqrt(v.x * v.x + v.y * v.y) end },
    scale = {
        get = function(v) return v._scale or 1 end,
        set = function(v, s) rawset(v, "_scale", s); v.x = v.x * s; v.y = v.y * s end,
    },
})
local v = Vector.new({ x = 3, y = 4 })
print(v.magnitude, v.scale)
v.scale = 2
print(v.x, v.y, v.magnitude, v.scale)
print(pcall(function() v.magnitude = 1 end))
v.other = "plain"
print(rawget(v, "other"))
