for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print("for", i)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
    print("while", n)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print("inner", i, j)
for i in range(3):
    try:
        if i == 1:
            continue
        print("try", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        break
    finally:
        print("finally on break", i)
