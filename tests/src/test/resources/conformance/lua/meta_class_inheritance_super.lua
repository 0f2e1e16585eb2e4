local Base = {}
Base.__index = Base
function Base.new(name)
    return setmetatable({ name = name }, Base)
end
function Base:describe() return "Base(" .. self.name .. ")" end
function Base:greet() return "hello from " .. self:describe() end

local Derived = setmetatable({}, { __index = Base })
Derived.__index = Derived
function Derived.new(name, extra)
    local o = Base.new(name)
    o.extra = extra
    return setmetatable(o, Derived)
end
function Derived:describe()
    return "Derived(" .. Base.describe(self) .. ", " .. self.extra .. ")"
end

local b = Base.new("b")
local d = Derived.new("d", 42)
print(b:greet())
print(d:greet())
print(getmetatable(d) == Derived, getmetatable(Derived).__index == Base)
print(rawget(Derived, "greet"), d.greet == Base.greet)
