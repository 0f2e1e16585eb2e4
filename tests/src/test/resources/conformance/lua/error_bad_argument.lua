-- a library function rejecting an argument: the message names the function as called
print(string.rep("ab", 3))
print(pcall(string.rep, {}, 3))
local t = {}
print(string.rep(t, 3))
