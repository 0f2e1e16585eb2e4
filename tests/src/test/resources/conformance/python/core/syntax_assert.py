assert True
assert 1 + 1 == 2, "math works"
try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    x = []
    assert x, f"empty list {x!r}"
except AssertionError as e:
    print("AssertionError:", e)
def side():
    print("message evaluated")
    return "msg"
assert True, side()
try:
    assert 0, side()
except AssertionError as e:
    print(repr(e))
