-- One operation: obj:method() where the method lives in the class, two __index levels up.
local Base = {}
Base.__index = Base
function Base:value() return self.v end
local Derived = setmetatable({}, { __index = Base })
Derived.__index = Derived
local obj = setmetatable({ v = 1 }, Derived)

function bench(n)
    local total = 0
    for i = 1, n do
        total = total + obj:value()
    end
    return total
end
