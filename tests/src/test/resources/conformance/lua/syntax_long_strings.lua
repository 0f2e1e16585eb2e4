local a = [[
first line
second line]]
print(a)
print(#a)
local b = [==[
contains ]] and ]=] inside]==]
print(b)
local c = [[no newline \n escapes are raw]]
print(c)
local d = [[

leading blank line kept (only the first newline is skipped)]]
print(d)
print([=[]=] == "")
print(#[[
]])
