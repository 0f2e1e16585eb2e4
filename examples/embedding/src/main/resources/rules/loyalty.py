description = "1% off per 5 earlier orders, at most 5%"


class Loyalty:
    """Rules can use the whole language: classes, properties, comprehensions."""

    def __init__(self, customer):
        self.customer = customer

    @property
    def percent(self):
        return min(5, self.customer.orderCount() // 5)


def evaluate(order):
    p = Loyalty(order.customer()).percent
    return (p, f"{order.customer().orderCount()} earlier orders") if p else None
