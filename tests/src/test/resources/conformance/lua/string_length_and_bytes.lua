local s = "h\u{E9}llo"
print(#s, s:len(), s:upper())
print(#"\0\0\0", ("a\0b"):len(), ("a\0b"):upper() == "A\0B")
print(#"", #" ", #"\n")
print(("\0x"):byte(1, 2))
print(("abc\0def"):find("\0"), ("abc\0def"):find("%z"))
print(("x"):rep(3, "\0"):len())
