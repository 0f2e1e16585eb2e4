print("level 0 has no position")
print(pcall(error, "caught plain message", 0))
local function fail() error("plain message", 0) end
print("now uncaught")
fail()
