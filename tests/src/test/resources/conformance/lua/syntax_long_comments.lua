--[[ a long comment
print("not printed")
]]
print("one")
--[==[
print("not printed ]] either")
]==]
print("two")
---[[ this is a line comment, so the next line runs
print("three")
--]]
-- a short comment with [[ brackets
print("four") --[[ inline ]] print("five")
