local x <const> = 10
local y <const>, z = 20, 30
print(x, y, z)
z = 31
print(z)
local function f() return x + y end
print(f())
-- assigning to a const is a compile-time error
print(load("local a <const> = 1; a = 2"))
print(load("local a <const> = 1; local function g() a = 3 end"))
print(load("local a <foo> = 1"))
print(load("local a <close>, b <close> = nil, nil"))
