local s = "abcdef"
print(s:sub(2, 4), s:sub(3), s:sub(-2), s:sub(-3, -2))
print(s:sub(0), s:sub(1, 0) == "", s:sub(5, 2) == "", s:sub(10) == "")
print(s:sub(-100, 2), s:sub(2, 100), s:sub(-100, -100) == "")
print(s:sub(math.mininteger, math.maxinteger))
print(("x"):sub(1, 1), ("x"):sub(2, 2) == "")
print(pcall(string.sub))
print(pcall(string.sub, s, "a"))
print(string.sub(12345, 2, 3))
