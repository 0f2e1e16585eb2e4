-- Lua 5.4 rule: an empty match right after the previous match is skipped
local out = {}
for m in ("baaac"):gmatch("a*") do out[#out + 1] = "<" .. m .. ">" end
print(table.concat(out))
print(("baaac"):gsub("a*", "-"))
print(("hello world"):gsub("o*", "x"))
print(("abc"):gsub("%w*", "[%0]"))
print((""):gsub("", "e"))
print((""):gsub(".*", "e"))
