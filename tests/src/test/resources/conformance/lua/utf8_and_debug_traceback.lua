print(utf8.char(72, 228, 8364, 128512), #utf8.char(0x7FFFFFFF))
local s = "häll€ 😀"
print(utf8.len(s), #s, utf8.len(s, 3), utf8.len("\xff"), utf8.len(s, -4))
print(utf8.codepoint(s, 1, -1))
print(utf8.offset(s, 3), utf8.offset(s, -1), utf8.offset(s, 0, 3), utf8.offset(s, 10))
for p, c in utf8.codes("aé😀") do io.write(p, ":", c, " ") end print()
print(pcall(utf8.codepoint, "\xff"))
print(pcall(utf8.char, -1))
print(string.match(s, utf8.charpattern))
for ch in s:gmatch(utf8.charpattern) do io.write("[", ch, "]") end print()
print(utf8.len("\u{D800}", 1, -1, true), utf8.len("\u{D800}"))
local function inner() return debug.traceback("msg") end
local function outer() return inner() end
print(outer())
print(debug.traceback("x", 1):match("^x\nstack traceback:") ~= nil, debug.traceback({}) ~= nil)
