local hidden = { a = 1, b = 2, c = 3 }
local proxy = setmetatable({}, {
    __pairs = function(self)
        local keys = {}
        for k in next, hidden do keys[#keys + 1] = k end
        table.sort(keys)
        local i = 0
        return function()
            i = i + 1
            local k = keys[i]
            if k then return k, hidden[k] * 10 end
        end, self, nil
    end,
})
for k, v in pairs(proxy) do print(k, v) end
print(next(proxy))
local seen = {}
local p2 = setmetatable({}, { __pairs = function(t) return function(s, c) if c == nil then return 1, "only" end end, "state", nil end })
for k, v in pairs(p2) do print(k, v) end
