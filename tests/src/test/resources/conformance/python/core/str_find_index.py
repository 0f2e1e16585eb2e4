s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.find("xyz"), s.find(""), s.find("a", -3))
print(s.rfind("bra"), s.rfind("a"), s.rfind("x"), s.rfind("", 3))
print(s.index("cad"), s.rindex("a"), s.find("a", 1, 3), s.find("a", 4, 5))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print("".find(""), "".find("a"), "abc".find("c", 10))
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 5))
