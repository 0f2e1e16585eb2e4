try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
def no_args():
    return super()
try:
    no_args()
except RuntimeError as e:
    print("RuntimeError:", e)
class C:
    def m(self):
        def inner():
            return super()
        return inner()
    def n(self):
        del self
        return super()
    @staticmethod
    def s():
        return super()
try:
    C().m()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    C().n()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    C.s()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(C, object())
except TypeError as e:
    print("TypeError:", e)
