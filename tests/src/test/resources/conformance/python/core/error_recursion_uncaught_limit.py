import sys
sys.setrecursionlimit(60)
def down(n):
    return down(n + 1) + 1
print("going down")
try:
    down(0)
except RecursionError as e:
    print("caught:", type(e).__name__, e)
raise RuntimeError("done testing recursion")
