counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)
def make_new():
    global brand_new
    brand_new = "created"
make_new()
print(brand_new)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_only():
    return x
print(read_only())
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
