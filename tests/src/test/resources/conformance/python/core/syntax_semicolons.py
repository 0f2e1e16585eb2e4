a = 1; b = 2; c = a + b
print(a, b, c)
if c > 2: print("big"); print("still in if")
for i in range(3): x = i * i; print(i, x)
def f(): return 42;
print(f());
x = 5;
print(x)
