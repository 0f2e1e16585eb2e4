def run(fail):
    try:
        print("try", fail)
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
run(False)
run(True)
def only_finally():
    try:
        return "returned"
    finally:
        print("finally before return completes")
print(only_finally())
try:
    try:
        raise KeyError("propagates")
    finally:
        print("cleanup")
except KeyError as e:
    print("outer caught", e)
def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise TypeError("from else")
try:
    else_raises()
except TypeError as e:
    print("else raised", e)
