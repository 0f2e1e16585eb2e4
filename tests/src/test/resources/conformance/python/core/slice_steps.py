s = "abcdefghij"
lst = list(range(10))
print(s[::2], s[1::2], s[::3])
print(lst[::2], lst[1:8:3])
print(s[::-1], lst[::-1])
print(s[8:2:-2], lst[7:1:-3])
print(s[::-2], s[-1:-6:-1])
print(s[2:8:-1], s[::100], s[::-100])
print(lst[:5:-1], lst[5::-1])
print(range(20)[::5], list(range(20)[::-7]))
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
