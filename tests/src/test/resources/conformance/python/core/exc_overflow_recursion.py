import math
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 1000 / 1
except OverflowError as e:
    print("OverflowError:", e)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError), issubclass(OverflowError, ArithmeticError))
