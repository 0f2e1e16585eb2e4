description = "A rule that never finishes: the sandbox stops it"


def evaluate(order):
    n = 0
    while order.total() > 0:
        n += 1
    return None
