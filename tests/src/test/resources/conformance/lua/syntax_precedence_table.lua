-- Lua 5.4 precedence, lowest to highest:
-- or < and < comparison < | < ~ < & < shift < .. < + - < * / // % < unary < ^
print(1 == 1 or error("not evaluated"))
print(false and error("not evaluated") or "or-branch")
print(1 + 2 < 4 and "lt")
print(1 | 6 & 3, (1 | 6) & 3)
print(5 ~ 3 | 8, 5 ~ (3 | 8))
print(1 << 3 & 12, 1 << (3 & 12))
print("n" .. 1 + 2, "n" .. 2 * 3)
print(2 * 3 ^ 2, -3 ^ 2, not 1 == 2)
print(#"ab" .. "c", -2 ^ -2)
print(10 - 2 - 3, 2 ^ 3 ^ 0, 64 // 4 // 2, 1 .. 2 == "12")
print(1 < 2 == (2 > 1), ~5 & 0xF, - - 3, not not nil)
