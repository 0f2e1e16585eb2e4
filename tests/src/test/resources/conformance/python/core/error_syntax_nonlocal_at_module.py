print("start")
def f():
    nonlocal x
    x = 1
