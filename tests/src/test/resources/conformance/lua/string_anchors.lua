print(("hello"):find("^h"), ("hello"):find("^e"), ("hello"):find("o$"), ("hello"):find("l$"))
print(("hello"):match("^(h.*)$"), ("a^b"):match("a^b"), ("a$b"):match("a$b"))
print(("hello"):find("^", 3), ("hello"):find("$"))
print(("aaa"):gsub("^a", "b"))
print(("aaa"):gsub("a$", "b"))
print(("line1\nline2"):match("^line%d$"))
-- in gmatch a leading '^' anchors at the start of each iteration
local out = {}
for w in ("aaab"):gmatch("^a") do out[#out + 1] = w end
print(#out)
