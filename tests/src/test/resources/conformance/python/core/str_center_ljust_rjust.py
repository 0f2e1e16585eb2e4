print("[" + "abc".center(9) + "]")
print("[" + "abc".center(8) + "]")
print("[" + "ab".center(7, "*") + "]")
print("[" + "abc".ljust(6) + "]", "[" + "abc".ljust(6, ".") + "]")
print("[" + "abc".rjust(6) + "]", "[" + "abc".rjust(6, "0") + "]")
print("[" + "abcdef".center(3) + "]", "[" + "x".ljust(0) + "]")
print("[" + "".center(4, "-") + "]")
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
