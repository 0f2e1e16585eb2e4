# One operation: read a class attribute found 8 class(es) up the MRO (the instance dict misses first).
class C0:
    x = 1

class C1(C0):
    pass

class C2(C1):
    pass

class C3(C2):
    pass

class C4(C3):
    pass

class C5(C4):
    pass

class C6(C5):
    pass

class C7(C6):
    pass

obj = C7()
obj.other = 0

def bench(n):
    total = 0
    for i in range(n):
        total += obj.x
    return total
