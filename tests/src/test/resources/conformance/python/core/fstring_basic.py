name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}")
print(f"{name.upper()} {len(name)}")
print(F"capital F {n}")
print(f"{{literal braces}} {n}")
print(f"{'nested quotes'}")
print(f"{[1, 2][0]} {dict(a=1)['a']}")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{n if n > 0 else -n}")
print(f"{3.0} {None} {True}")
x = 10
print(f"""triple {x}
second line {x * 2}""")
print(rf"raw \n {x}", fr"{x}\t")
print(f"{x}" f"{x}" "plain")
print(f"")
