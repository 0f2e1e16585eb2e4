s = "abc" "def" 'ghi'
print(s)
t = ("multi "
     "line "
     "implicit")
print(t)
print("a" + "b" * 3)
print("x" "y" == "xy")
u = f"f{1}" "plain" r"\raw"
print(u)
