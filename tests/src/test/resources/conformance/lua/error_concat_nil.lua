local name = "world"
print("hello " .. name)
local greeting = "hello " .. nickname
print(greeting)
