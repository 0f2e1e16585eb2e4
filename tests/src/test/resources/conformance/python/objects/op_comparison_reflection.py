class Left:
    def __lt__(self, o):
        print("Left.__lt__")
        return NotImplemented
    def __eq__(self, o):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __gt__(self, o):
        print("Right.__gt__ (reflection of <)")
        return True
    def __eq__(self, o):
        print("Right.__eq__ (reflection of ==)")
        return "right-eq"
print(Left() < Right())
print(Left() == Right())
print(Right() == Left())
class Nothing:
    pass
print(Nothing() == Nothing(), Nothing() != Nothing())
n = Nothing()
print(n == n, n != n)
try:
    Left() < Left()
except TypeError as e:
    print("TypeError:", e)
try:
    Nothing() >= 5
except TypeError as e:
    print("TypeError:", e)
