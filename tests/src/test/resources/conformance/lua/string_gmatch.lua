for w in ("one two  three"):gmatch("%a+") do io.write("[", w, "]") end print()
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do io.write(k, "->", v, " ") end print()
for pos, ch in ("abc"):gmatch("()(.)") do io.write(pos, ch, " ") end print()
local n = 0
for _ in ("aaa"):gmatch("") do n = n + 1 end
print("empty matches", n)
local parts = {}
for p in ("a*"):gmatch(".") do parts[#parts + 1] = p end
print(table.concat(parts, "|"))
local iter = ("x1y2"):gmatch("%d")
print(iter(), iter(), iter())
for a in ("abc"):gmatch("b", 2) do print("init", a) end
