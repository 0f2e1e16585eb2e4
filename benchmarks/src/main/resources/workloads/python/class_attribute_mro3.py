# One operation: read a class attribute found 3 class(es) up the MRO (the instance dict misses first).
class C0:
    x = 1

class C1(C0):
    pass

class C2(C1):
    pass

obj = C2()
obj.other = 0

def bench(n):
    total = 0
    for i in range(n):
        total += obj.x
    return total
