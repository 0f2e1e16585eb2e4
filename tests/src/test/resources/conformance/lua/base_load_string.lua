local f = load("return 1 + 1")
print(f())
print(load("return ...")(1, 2, 3))
print(load("local a, b = ...; return a * b")(6, 7))
f = load("x_from_load = 99")
f()
print(x_from_load)
print(load("syntax error here"))
print(type(load(function() return nil end)))   -- an empty chunk
local pieces = { "return ", "'from ", "reader'" }
local i = 0
print(load(function() i = i + 1 return pieces[i] end)())
print(pcall(load("error('inside loaded chunk')")))
print(pcall(load("error('named', 1)", "=custom")))
print(pcall(load("local t = nil; return t.x", "@virtual.lua")))
print(load("return 1", "chunk", "b"))
print(load("return 1", "chunk", "t")())
