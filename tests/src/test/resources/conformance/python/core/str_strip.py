s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"), "www.example.com".strip("cmow."))
print(repr("".strip()), repr("   ".strip()), "nothing".strip())
print("12300".rstrip("0"), "00123".lstrip("0"))
print("--==--x--==--".strip("-="), "aaa".strip("a") == "")
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
