# One operation: read a class attribute found 1 class(es) up the MRO (the instance dict misses first).
class C0:
    x = 1

obj = C0()
obj.other = 0

def bench(n):
    total = 0
    for i in range(n):
        total += obj.x
    return total
