local function check_positive(n)
    if n <= 0 then
        error("expected a positive number, got " .. n, 2)
    end
    return n
end
print(check_positive(5))
local x = check_positive(-1)
print(x)
