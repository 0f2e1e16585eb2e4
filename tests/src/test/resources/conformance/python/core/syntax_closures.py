def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))
def make_acc():
    items = []
    def acc(x):
        items.append(x)
        return list(items)
    return acc
a = make_acc()
a(1)
print(a(2))
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
def shared():
    state = {"n": 0}
    def inc():
        state["n"] += 1
        return state["n"]
    def get():
        return state["n"]
    return inc, get
inc, get = shared()
inc(); inc()
print(get())
print(add5.__closure__ is not None, len(add5.__closure__), add5.__closure__[0].cell_contents)
