print(r"C:\new\table")
print(r'\d+\.\w*')
print(len(r"\n"), len("\n"))
print(repr(r"a\tb"))
print(R"raw upper \x")
print(r"quote \" stays")
print(r"""raw
triple \n""")
