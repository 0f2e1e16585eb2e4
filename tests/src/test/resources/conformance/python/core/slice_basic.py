s = "abcdefgh"
lst = list(range(10))
print(s[2:5], s[:3], s[5:], s[:], s[0:0])
print(lst[2:5], lst[:3], lst[7:], lst[:])
print(s[3:1], s[100:], s[-100:2], s[2:100])
t = (1, 2, 3, 4)
print(t[1:3], type(t[1:3]).__name__)
print(lst[:] is lst, lst[:] == lst)
print(range(10)[2:5])
