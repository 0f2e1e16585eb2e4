local function show(x)
    if type(x) == "table" then return "table with " .. #x .. " items, k=" .. tostring(x.k) end
    return "string " .. x
end
print(show"hello")
print(show'single')
print(show[[long]])
print(show{ 1, 2, 3, k = "v" })
print(show{})
local s = ("abc"):upper():lower():rep(2)
print(s)
local function curry(a) return function(b) return function(c) return a .. b .. c end end end
print(curry "x" "y" "z")
print(type{})
print(#{ n = 1 })
