import math
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.asin, -2)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError:", e)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.floor(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(math.sqrt(10 ** 100), math.floor(-0.0))
