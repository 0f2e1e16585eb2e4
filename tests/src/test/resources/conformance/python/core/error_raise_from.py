def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not parse config") from e
print(parse("42"))
parse("forty-two")
