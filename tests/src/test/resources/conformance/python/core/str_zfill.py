print("42".zfill(5), "-42".zfill(5), "+42".zfill(5))
print("abc".zfill(6), "12345".zfill(3), "".zfill(3))
print("-".zfill(4), "3.14".zfill(8), "-0.5".zfill(6))
