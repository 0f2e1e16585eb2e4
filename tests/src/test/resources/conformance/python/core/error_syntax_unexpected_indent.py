print("first")
    print("indented for no reason")
