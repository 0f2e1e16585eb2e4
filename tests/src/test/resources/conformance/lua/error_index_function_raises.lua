local mt = {__index = function(t, k) error("no key " .. k) end}
local obj = setmetatable({}, mt)
local function get(o) return o.missing end
get(obj)
