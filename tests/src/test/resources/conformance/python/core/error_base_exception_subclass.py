class Stop(BaseException):
    def __str__(self):
        return "custom stop message"
print("raising a BaseException subclass")
try:
    raise Stop()
except Exception:
    print("not caught")
