s = """line one
line two
    indented line"""
print(s)
t = '''single 'quotes' and "double" inside'''
print(t)
u = """\
no leading newline\
 and joined"""
print(u)
print(repr("""a
b"""))
print(len("""
"""))
def f():
    """Docstring of f."""
    return f.__doc__
print(f())
