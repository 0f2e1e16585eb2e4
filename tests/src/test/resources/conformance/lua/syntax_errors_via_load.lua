local cases = {
    "x = = 1",
    "local function end",
    "function f()",
    "if x then",
    "for i = 1 do end",
    "x = 'unfinished",
    "x = [[unfinished",
    "return return",
    "f(",
    "a.b:c = 1",
    "local 1 = 2",
    "x = }",
    "print('a' 'b')",
    "--[[ unfinished comment",
    "while true",
    "x = 1 + ",
}
for _, src in ipairs(cases) do
    local f, err = load(src)
    print(f, err)
end
print(load("x = 1", "=mychunk") ~= nil)
print(load("x = = 1", "=mychunk"))
print(load("x = = 1", "@file.lua"))
print(load("\n\nx = = 1", "multi"))
