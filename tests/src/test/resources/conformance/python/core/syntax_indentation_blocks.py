def classify(n):
    if n < 0:
        return "negative"
    else:
        if n == 0:
            return "zero"
        elif n < 10:
            if n % 2 == 0:
                return "small even"
            return "small odd"
    return "large"

for n in [-5, 0, 3, 4, 10, 99]:
        print(n, classify(n))   # deeper indentation of a block is fine

def tabs_and_spaces_consistent():
	x = 1
	if x:
		return "tab-indented"
print(tabs_and_spaces_consistent())

if True: print("one-line suite")
while False: pass
for i in range(2): print("loop", i)
