try:
    undefined_name
except NameError as e:
    print("NameError:", e, e.args)
try:
    print(undefined_function())
except NameError as e:
    print("NameError:", e)
def f():
    return missing_global
try:
    f()
except NameError as e:
    print("NameError:", e)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
print(NameError("x").name if hasattr(NameError("x"), "name") else "no name attr")
