import math
print(math.floor(2.5))
import sys as system
print(type(system.argv).__name__)
from math import sqrt
print(sqrt(16))
from math import pi as PI, e as E
print(round(PI, 5), round(E, 5))
from functools import reduce, partial
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]))
import itertools, types
print(list(itertools.islice(itertools.count(), 3)))
print(types.SimpleNamespace(a=1))
def local_import():
    from math import factorial
    return factorial(5)
print(local_import())
print("factorial" in dir())
import math as m2
print(m2 is math)
try:
    from math import no_such_name
except ImportError as ex:
    print("ImportError caught:", type(ex).__name__)
