log = []
def f(x):
    try:
        log.append("try")
        if x == 1:
            raise ValueError
        if x == 2:
            return "ret"
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "end"
for x in range(3):
    log.clear()
    print(x, f(x), log)
def nested():
    out = []
    try:
        try:
            out.append(1)
            raise KeyError
        finally:
            out.append(2)
    except KeyError:
        out.append(3)
    finally:
        out.append(4)
    return out
print(nested())
