description = "VIP customers get 10% off"


def evaluate(order):
    if order.customer().vip():
        return 10, "VIP customer " + order.customer().name()
    return None
