local function fact(n)
    if n <= 1 then return 1 end
    return n * fact(n - 1)
end
print(fact(10), fact(20))
-- with 'local f = function' the name is not yet in scope inside the body
local g = function(n) return n end
local g = function(n)
    if n == 0 then return "base" end
    return g(n - 1)  -- refers to the previous g
end
print(g(5))
-- mutual recursion through forward-declared locals
local is_even, is_odd
function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print(is_even(10), is_odd(7), is_even(7))
