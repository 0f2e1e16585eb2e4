def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
for s in [95, 90, 85, 70, 10]:
    print(s, grade(s))
x = 0
if x:
    print("truthy")
else:
    print("falsy")
for v in [[], [0], "", "0", None, 0.0, 2, {}, (None,)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
if 1 < 2:
    if 2 < 3:
        print("nested")
elif True:
    print("never")
