x = 10
print(_G.x, _ENV.x, _G == _ENV)
_G.y = 20
print(y)
local function with_env()
    local _ENV = { print = print, x = "shadowed" }
    print(x)
    z = "goes into the local _ENV"
    return _ENV
end
local e = with_env()
print(e.z, z)
do
    local _ENV = setmetatable({}, { __index = _G, __newindex = function(t, k, v) rawset(t, k, "wrapped " .. v) end })
    w = "w"
    print(w)
end
print(w)
print(_G._G == _G, type(_VERSION), _VERSION)
