print(("%s %s"):format(1, 2))
local s = "hello"
print(s:upper(), s:len(), s:sub(2, 3))
print(getmetatable("").__index == string)
print(("x"):rep(3, ","))
print(#("%d-%d"):format(10, 20))
