local s = ("x"):rep(3)
print(s:upper())
string.format("%d", {})
