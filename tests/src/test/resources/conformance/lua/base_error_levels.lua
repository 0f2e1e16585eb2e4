local function lvl1() error("at level 1") end
local function lvl1b() error("explicit level 1", 1) end
local function lvl2() error("blames the caller", 2) end
local function lvl0() error("no position", 0) end
local function caller() lvl2() end
print(pcall(lvl1))
print(pcall(lvl1b))
print(pcall(caller))
print(pcall(lvl0))
local function validate(x)
    if type(x) ~= "number" then
        error("expected number, got " .. type(x), 2)
    end
    return x
end
local function user2()
    local v = validate("oops")  -- line 20
    return v
end
print(pcall(user2))
print(pcall(function() error("level 3", 3) end))
