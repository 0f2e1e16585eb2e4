import sys
def deep(n):
    if n == 0:
        print("exiting from depth")
        sys.exit(4)
    deep(n - 1)
try:
    deep(3)
except Exception:
    print("Exception does not catch SystemExit")
finally:
    print("outer finally")
