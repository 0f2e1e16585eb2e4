local function loop(n, acc)
    if n == 0 then return acc end
    return loop(n - 1, acc + 1)   -- a proper tail call: no stack growth
end
print(loop(300000, 0))
local function a(n) if n == 0 then return "done" end return (a(n - 1)) end
print(a(100))
local function trunc() return (string.find("hello", "l")) end
print(trunc())
local function multi() return string.find("hello", "l") end
print(multi())
local function early(x)
    if x then return "early" end
    do return "in do" end
end
print(early(true), early(false))
