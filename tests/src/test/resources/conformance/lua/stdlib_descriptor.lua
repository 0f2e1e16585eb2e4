-- "Lua could have descriptors": Dunder's descriptor module (stdlib/.../lua/descriptor.lua),
-- run from the source tree so that lua5.4 runs the same module for the expected output.
package.path = "../../../../../../stdlib/src/main/resources/dunder/stdlib/lua/?.lua;" .. package.path
local descriptor = require("descriptor")

local Vector = descriptor.class{
    magnitude = descriptor.property{
        get = function(v) return math.sqrt(v.x * v.x + v.y * v.y) end,
    },
    scale = descriptor.property{
        get = function(v) return rawget(v, "_scale") or 1 end,
        set = function(v, s)
            rawset(v, "_scale", s)
            v.x, v.y = v.x * s, v.y * s
        end,
    },
    kind = "vector",
}
function Vector:describe() return self.kind .. " of length " .. self.magnitude end

local v = Vector{ x = 3, y = 4 }
print(v.magnitude, v.scale, v.kind, v:describe())
v.scale = 2
print(v.x, v.y, v.magnitude, v.scale)
print(pcall(function() v.magnitude = 1 end))
v.kind = "arrow"
print(v.kind, Vector.kind, rawget(v, "kind"))

-- properties are inherited by subclasses
local Named = descriptor.class({
    label = descriptor.property{ get = function(o) return "<" .. o.name .. ">" end },
}, Vector)
local n = Named{ x = 6, y = 8, name = "n" }
print(n.label, n.magnitude, n:describe())
print(descriptor.is_property(Vector.magnitude), descriptor.is_property(Vector.kind))
