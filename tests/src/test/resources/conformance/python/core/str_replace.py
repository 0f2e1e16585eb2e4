s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 2))
print(s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("three", "3"))
print("aaa".replace("a", "bb"), "aaaa".replace("aa", "a"))
print("abc".replace("", "-"), "abc".replace("", "-", 2))
print("hello".replace("l", ""))
print("".replace("", "x"))
