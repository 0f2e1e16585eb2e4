local s = "Hello, World"
print(string.len(s), #s, s:len())
print(s:upper(), s:lower())
print(s:reverse(), (""):reverse())
print(s:rep(2), s:rep(2, " | "), s:rep(0), s:rep(-1), ("ab"):rep(3, ""))
print(string.rep("x", 1, "sep"))
print(#string.rep("abc", 1000))
