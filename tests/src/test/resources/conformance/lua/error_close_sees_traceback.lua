local x <close> = setmetatable({}, {__close = function(o, e) print("closing with", e) end})
error("raised with a tbc variable")
