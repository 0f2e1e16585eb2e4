width = 10
precision = 3
value = 3.14159
print(f"{value:{width}.{precision}f}|")
print(f"{value:>{width}}|")
fill = "*"
align = "^"
print(f"{'mid':{fill}{align}{width}}")
for w in range(3, 6):
    print(f"[{w:{w}}]")
spec = ".2f"
print(f"{value:{spec}}")
print(f"{f'{1 + 1}'}")
