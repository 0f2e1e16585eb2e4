local callable = setmetatable({ name = "C" }, {
    __call = function(self, a, b)
        return self.name, a, b, "extra"
    end,
})
print(callable(1, 2))
print(callable())
print(pcall(callable, "via pcall"))
local add = setmetatable({}, { __call = function(_, x, y) return x + y end })
print(add(2, 3))
print(table.concat({ add(1, 1), add(2, 2) }, ","))
-- a callable used as a method
local obj = { m = callable }
local r1, r2, r3 = obj:m("arg")
print(r1, r2 == obj, r3)
-- __call is not consulted for values that are already functions
print(type(print))
print(pcall(setmetatable({}, {}), 1))
