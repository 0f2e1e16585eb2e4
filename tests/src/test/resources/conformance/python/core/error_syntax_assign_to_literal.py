print("start")
5 = x
