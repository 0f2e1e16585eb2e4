local backing = { "a", "b", "c" }
local proxy = setmetatable({}, { __index = function(_, i) return backing[i] end })
for i, v in ipairs(proxy) do print(i, v) end
print(#proxy)
local partial = setmetatable({ "own1" }, { __index = { nil, "inherited2", "inherited3" } })
for i, v in ipairs(partial) do print(i, v) end
