def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    except ValueError:
        print("level2 saw it, re-raising")
        raise
def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught:", e)
        return "handled"
print(level1())
try:
    try:
        raise TypeError("first")
    except TypeError as e:
        raise e
except TypeError as e2:
    print("re-raised same object:", e2)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise KeyError("nested")
        except KeyError:
            print("inner handler")
        raise
except ZeroDivisionError as e:
    print("outer still sees original:", e)
