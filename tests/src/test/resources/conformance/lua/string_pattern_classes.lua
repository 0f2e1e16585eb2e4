local s = "Ab1 _-\t.Z9"
local classes = { "%a", "%d", "%l", "%u", "%s", "%w", "%p", "%x", "%c", "%A", "%D", "%S", "%W" }
for _, c in ipairs(classes) do
    local out = {}
    for ch in s:gmatch(c) do out[#out + 1] = ch == "\t" and "\\t" or ch end
    print(c, table.concat(out, " "))
end
print(("hello123"):match("[a-z]+"), ("hello123"):match("[^a-z]+"))
print(("x]y"):match("[]]"), ("a-b"):match("[a%-]+"), ("^x"):match("[%^x]+"))
print(("2024-01-15"):match("%d%d%d%d%-%d%d%-%d%d"))
print(("a.b"):match("a.b"), ("axb"):match("a%.b"))
print(("tab\there"):match("%s"), ("[x]"):match("%[(.)%]"))
