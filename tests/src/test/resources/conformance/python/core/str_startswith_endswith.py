s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""))
print(s.endswith("world"), s.endswith("hello"), s.endswith(""))
print(s.startswith(("x", "he")), s.endswith(("ld", "zz")), s.startswith(()))
print(s.startswith("world", 6), s.startswith("lo", 3, 5), s.endswith("hello", 0, 5))
print("".startswith(""), "".endswith("a"))
print(s.startswith("hello world!"), s.endswith("o", 0, 5))
try:
    s.startswith(["he"])
except TypeError as e:
    print("TypeError:", e)
