import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(200)
print(depth(150))
try:
    depth(500)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(5000)
print(depth(3000))
