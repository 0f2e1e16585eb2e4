# Implicit line joining inside brackets
total = (1 +
         2 +
         3)
print(total)
items = [
    "a",   # comment inside a list
    "b",
    "c",
]
print(items)
d = {
    "x": 1,
    "y": 2
}
print(d)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
# Backslash continuation
value = 10 + \
        20 + \
        30
print(value)
if value > 50 and \
   total < 10:
    print("both")
s = "abc" \
    "def"
print(s)
# a comment line
    # an indented comment line is ignored too
print("end")  # trailing comment
