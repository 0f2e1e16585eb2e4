def cleanup():
    raise KeyError("cleanup failed")
try:
    print("working")
    1 / 0
except ZeroDivisionError:
    cleanup()
