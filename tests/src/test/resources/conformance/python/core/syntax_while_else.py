n = 3
while n > 0:
    print("n =", n)
    n -= 1
else:
    print("while finished normally")
n = 5
while n > 0:
    if n == 3:
        print("breaking")
        break
    n -= 1
else:
    print("not printed")
print("n after break:", n)
while False:
    print("never")
else:
    print("else runs even with zero iterations")
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("else after continue", i)
