print("%s and %s" % ("a", "b"))
print("%d %i %5d|%-5d|%05d" % (1, 2, 3, 4, 5))
print("%f %.2f %8.3f|%-8.1f|" % (1.5, 2.345, 3.14159, 2.0))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%e %.3E %g %G" % (12345.678, 0.00012, 0.0001, 1e20))
print("%r %s" % ("q", "q"))
print("%c%c" % (72, "i"))
print("100%%")
print("%s" % [1, 2])
print("%s" % ((1, 2),))
print("single %s" % "value")
print("%+d %+d % d" % (5, -5, 5))
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%d" % 3.99, "%s" % 3.99, "%i" % True)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
