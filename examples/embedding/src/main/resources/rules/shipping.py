description = "Big orders to the Benelux: 3% off"

BENELUX = {"NL", "BE", "LU"}


def evaluate(order):
    if order.country() in BENELUX and order.total() >= 100:
        return 3, "Benelux order over 100"
    return None
