class C:
    pass
for expr in [lambda: C().missing, lambda: C.missing, lambda: (1).missing, lambda: "s".missing,
             lambda: [].missing, lambda: None.missing, lambda: len.missing, lambda: {}.missing]:
    try:
        expr()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".upper = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del C().nothing
except AttributeError as e:
    print("AttributeError:", e)
