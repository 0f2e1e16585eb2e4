class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
class Fine:
    def __init__(self):
        return None
print(type(Fine()).__name__)
class BadStr:
    def __init__(self):
        return "x"
try:
    BadStr()
except TypeError as e:
    print("TypeError:", e)
