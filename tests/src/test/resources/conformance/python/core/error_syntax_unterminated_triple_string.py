print("ok")
doc = """starts here
and continues
