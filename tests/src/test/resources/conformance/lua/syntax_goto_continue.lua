for i = 1, 6 do
    if i % 2 == 0 then goto continue end
    io.write(i, " ")
    ::continue::
end
print()
-- a backwards goto makes a loop
local n = 0
::top::
n = n + 1
if n < 4 then goto top end
print("n", n)
-- goto out of nested loops
for i = 1, 3 do
    for j = 1, 3 do
        if i * j == 4 then
            print("found", i, j)
            goto out
        end
    end
end
::out::
print("after out")
-- closures capture a fresh local in each goto loop round
local fs = {}
local k = 1
::again::
do
    local kk = k
    fs[#fs + 1] = function() return kk end
end
k = k + 1
if k <= 3 then goto again end
print(fs[1](), fs[2](), fs[3]())
