-- a:b(c, d, ...) is a.b(a, c, d, ...) is a["b"](a, c, d, ...), with a evaluated once
local evaluations = 0
local a = {
    b = function(self, c, d, ...)
        print("self is a:", self.name, c, d, select('#', ...), ...)
    end,
    name = "a",
}
local function get_a()
    evaluations = evaluations + 1
    return a
end
local c, d = 1, 2
local function f(...)
    -- note the colon!
    get_a():b(c, d, ...)
    -- exactly equivalent to this
    get_a().b(get_a(), c, d, ...)
    -- which of course is really this
    get_a()["b"](get_a(), c, d, ...)
end
f("x", "y")
print("evaluations", evaluations)  -- 5
