print(chr(65), chr(97), chr(48), chr(32) == " ", chr(0x4e2d), chr(233), chr(128512))
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("中"), ord("é"), ord("😀"))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "az"], chr(0x10FFFF) == "\U0010FFFF")
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
