print(",".join(["a", "b", "c"]))
print("".join(["x", "y"]))
print(" - ".join("abc"))
print("|".join([]))
print(", ".join(str(n) for n in range(4)))
print("\n".join(["first", "second"]))
print("+".join(("only",)))
print("".join(map(str, [1, 2, 3])))
print(", ".join({"k1": 1, "k2": 2}))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(["a", None])
except TypeError as e:
    print("TypeError:", e)
