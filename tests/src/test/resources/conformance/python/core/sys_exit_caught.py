import sys
for arg in [None, 0, 5, "text", (1, 2)]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit", repr(e.code), e.args, isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
print("still running")
