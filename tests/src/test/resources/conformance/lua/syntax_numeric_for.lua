for i = 1, 3 do io.write(i, " ") end print()
for i = 3, 1, -1 do io.write(i, " ") end print()
for i = 1, 0 do print("never") end
for i = 1, 10, 4 do io.write(i, " ") end print()
-- modifying the loop variable does not affect the iteration
for i = 1, 3 do
    local j = i
    i = i * 10
    io.write(j, ":", i, " ")
end
print()
-- the limit is evaluated once
local limit = 3
for i = 1, limit do limit = 10; io.write(i, " ") end print()
-- loops near maxinteger do not wrap around
local count = 0
for i = math.maxinteger - 2, math.maxinteger do count = count + 1 end
print("count", count)
count = 0
for i = math.mininteger, math.mininteger + 2 do count = count + 1 end
print("count", count)
for i = math.mininteger + 1, math.mininteger, -1 do io.write(i, " ") end print()
print(pcall(function() for i = 1, 10, 0 do end end))
print(pcall(function() for i = "a", 10 do end end))
