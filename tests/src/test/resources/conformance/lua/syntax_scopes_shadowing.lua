local x = 1
print(x)
do
    local x = x + 1
    print(x)
    do
        local x = x * 10
        print(x)
    end
    print(x)
end
print(x)
local x = "redeclared"
print(x)
x = 1
local function f()
    local x = x + 100
    return x
end
print(f(), x)
for x = 5, 6 do io.write(x, " ") end print(x)
print(y)
y = "global y"
local y = "local y"
print(y, _G.y)
