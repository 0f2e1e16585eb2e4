def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
print(k())
log = []
def m():
    try:
        try:
            return "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(m(), log)
