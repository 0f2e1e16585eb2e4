-- The essay's first Lua example: a table is Lua's mapping type, and the dot
-- operator is sugar for indexing with a string key.
local t = { a = 1, b = 2 }
print(t['a'])  -- 1
print(t.b)  -- 2
t.c = 3
print(t['c'])  -- 3
