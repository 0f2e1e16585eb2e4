count = 0
def bump():
    try:
        count += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
bump()
def later():
    try:
        return value
    except NameError as e:
        print(type(e).__name__, isinstance(e, NameError), e)
    value = 1
later()
def deleted():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
deleted()
def free_var_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 2
free_var_unbound()
