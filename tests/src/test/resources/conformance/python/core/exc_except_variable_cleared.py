e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside", e)
print("e" in dir())
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except UnboundLocalError as x:
        return "UnboundLocalError: " + str(x)
print(f())
