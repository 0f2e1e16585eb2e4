print("before")
def f():
    return completely_unknown_identifier_xyz
f()
