for i = 0, 1, 0.25 do io.write(tostring(i), " ") end print()
for i = 1.0, 3 do io.write(tostring(i), " ") end print()
for i = 1, 3.5 do io.write(tostring(i), " ") end print()
for i = 1, 2, 0.5 do io.write(math.type(i), " ") end print()
for i = 3, 1, -0.5 do io.write(i, " ") end print()
for i = 1, math.huge do if i > 3 then break end io.write(i, " ") end print()
for i = 1, -math.huge do print("never") end
