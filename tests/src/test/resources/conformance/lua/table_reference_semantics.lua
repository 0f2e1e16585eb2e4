local a = { x = 1 }
local b = a
b.x = 2
print(a.x, a == b, rawequal(a, b))
local c = { x = 2 }
print(a == c)
local function mutate(t) t.y = "set in function" end
mutate(a)
print(b.y)
local function replace(t) t = { y = "new" } return t end
local d = replace(a)
print(a.y, d.y)
local nested = { inner = {} }
local alias = nested.inner
alias.v = 10
print(nested.inner.v)
