description = "A rule with a bug: the engine reports it and carries on"


def evaluate(order):
    margin = order.total() - order.purchasePrice()
    return 1, f"margin {margin}"
