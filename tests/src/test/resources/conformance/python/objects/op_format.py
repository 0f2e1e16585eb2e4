class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print("__format__ spec=%r" % spec)
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self):
        return "Money-str"
m = Money(12345)
print(format(m), format(m, "short"), format(m, ".1f"))
print(f"{m}|{m:short}|{m!s}|{m!r:.10}")
print("{:short} {}".format(m, m))
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
