local strict = setmetatable({}, {
    __index = function(t, k)
        error("undefined key '" .. tostring(k) .. "'", 2)
    end,
})
rawset(strict, "known", 1)
print("known", strict.known)
print("unknown", strict.unknown)
