s = "Dunder"
print(s[0], s[5], s[-1], s[-6])
print(s[1:4], s[::-1], s[::2])
print(type(s[0]).__name__, len(s[0]))
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "d"
except TypeError as e:
    print("TypeError:", e)
print(s[10:], repr(s[3:3]))
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
