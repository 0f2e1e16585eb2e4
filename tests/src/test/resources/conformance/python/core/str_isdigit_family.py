tests = ["123", "12.3", "", "abc", "abc123", "   ", "\t\n", "ABC", "²", "٣", "½", "Ab1 ", "_x", "x_1"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace())
for t in ["abc", "_private", "1abc", "x1", "", "with space", "class"]:
    print(repr(t), t.isidentifier(), t.isascii(), t.isprintable())
