import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.pi * 2 == math.tau, math.inf > 10 ** 308, math.isnan(math.nan))
print(round(math.pi, 3), round(math.e, 4))
