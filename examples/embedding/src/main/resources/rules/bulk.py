description = "5% off for every 10 items of the same product"


def evaluate(order):
    per_product = {}
    for item in order.items():
        per_product[item] = per_product.get(item, 0) + 1
    tens = sum(n // 10 for n in per_product.values())
    if tens:
        return 5 * tens, f"{tens} x 10 of a kind"
    return None
