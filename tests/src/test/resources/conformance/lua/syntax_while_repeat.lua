local i = 0
while i < 3 do
    i = i + 1
    print("while", i)
end
local n = 0
repeat
    local done = n >= 2   -- the until condition sees locals of the body
    n = n + 1
    print("repeat", n)
until done
local k = 10
while true do
    k = k - 3
    if k < 0 then break end
end
print("k", k)
repeat print("runs once") until true
