for f in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0,
          lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 10 ** 30 // 0,
          lambda: pow(0, -2)]:
    try:
        f()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, isinstance(e, ArithmeticError))
