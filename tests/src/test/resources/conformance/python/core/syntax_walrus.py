if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4]
while (item := data.pop()) != 2:
    print("popped", item)
print(data, item)
print((y := 3) * y)
values = [v for x in range(6) if (v := x * x) % 2 == 0]
print(values)
def f():
    if (m := len("hello")) > 3:
        return m
print(f())
print([last := i for i in range(3)], last)
print((a := 1, a + 1))
