inputs = ["12", "7", "seven"]
for s in inputs:
    print(int(s) * 2)
