print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -2)
s = ""
for i in range(3):
    s += str(i)
print(s)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
print(len("-" * 40))
