local cases = {
  "x = 1\ny = = 2", "local t = {\n1,\n2\n", "if x then\nelse\nelseif y then end", "for i = 1, 2 do\nend end",
  "x = 'a\\qb'", "x = \"abc\ndef\"", "x = 1e", "x = 0x1p", "::a:: goto a ::a::", "local x <close> = 1 local y <close> = 2",
  "return 1\nx = 2", "f(\n", "a.b.c", "a:b", "a.b:c", "(a)", "a[1]", "local function f() return end end", "local a, b, = 1",
  "x = function() end()", "x = {a = 1, b = }", "x = ...", "function f() return ... end", "x = 1 y = 2", "x = -", "x = not",
  "while true do break break end", "repeat local x = 1 until x", "x = #", "x = a..", "goto continue; local a; ::continue::",
  "do goto l end ::l::", "local x = 1 goto l local y ::l:: print(y)", "for i in 1 do end", "for a.b = 1, 2 do end",
  "x = [[\n", "--[[\n", "x = \"\\300\"", "x = '\\u{D800}'", "x = 08", "x = 1.2.3", "x = 1..2", "x = 3e+", "t = {[1] = }",
  "a = b = c", "return return", "local 5", "f{", "f'", "x = @", "x = $", "x = a b c", "::1::", "break", "local function() end",
  "function a:b:c() end", "function a.b:c.d() end", "x = a and", "x = (1", "x = 1)", "print(1,)", "local t = {,}",
  "if x then end else end", "local x = \n\n 'unterminated",
}
for _, src in ipairs(cases) do
  local f, err = load(src)
  print(err or "ok")
end
