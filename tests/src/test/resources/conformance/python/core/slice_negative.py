s = "python"
print(s[-1], s[-6], s[-3:], s[:-2], s[-4:-1])
lst = [10, 20, 30, 40, 50]
print(lst[-2:], lst[:-1], lst[-100:-3], lst[-1:-3])
print(lst[-3:-1], lst[1:-1])
try:
    lst[-6]
except IndexError as e:
    print("IndexError:", e)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print((1, 2, 3)[-1], range(5)[-2])
