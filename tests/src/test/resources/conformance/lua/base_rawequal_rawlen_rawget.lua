local t = { 1, 2, 3, x = "x" }
print(rawlen(t), rawlen("hello"), rawget(t, 1), rawget(t, "x"), rawget(t, "nope"))
print(rawequal(t, t), rawequal(t, {}), rawequal(1, 1), rawequal("a", "a"), rawequal(0, -0))
print(rawequal(1, 1.0), rawequal(nil, nil), rawequal(0/0, 0/0))
print(pcall(rawget, "str", 1))
print(pcall(rawequal, 1))
print(rawset({}, 1, "v")[1])
