print("start")
if True:
    break
