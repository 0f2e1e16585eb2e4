# Locals that change type, overflow into big ints, get deleted or captured:
# the interpreter keeps ints and floats unboxed while it can and must stay exact.
def shifting(n):
    x = 0
    for i in range(n):
        x += i
        if i == 3:
            x = x * 1.5
        if i == 5:
            x = str(x)
            break
    return x

print(shifting(10))

def overflow():
    total = 2 ** 62
    for i in range(4):
        total += 2 ** 62
    big = 9223372036854775807
    big += 1
    small = -9223372036854775808
    small -= 1
    product = 3037000500
    product *= 3037000500
    return total, big, small, product

print(overflow())

def floats():
    acc = 0.0
    for i in range(5):
        acc += 0.1
    acc -= 0.25
    acc *= 2
    acc += 1
    return acc

print(floats())

def deleting():
    n = 5
    n += 1
    del n
    try:
        return n
    except UnboundLocalError as e:
        return str(e)

print(deleting())

def mixed_assign():
    v = 1
    v = 2.5
    v = "three"
    v = 4
    return v, locals()

print(mixed_assign())

def generator(n):
    count = 0
    for i in range(n):
        count += i
        yield count
    count = count / 2
    yield count

print(list(generator(5)))

def closure():
    k = 10
    def inner():
        return k + 1
    k += 5
    return inner()

print(closure())

def counting_while(n):
    i = 0
    s = 0
    while i < n:
        s += i * i
        i += 1
    return s

print(counting_while(100000))

def loop_var_after(n):
    for i in range(n):
        pass
    return i

print(loop_var_after(7))

def bool_is_not_int():
    flag = True
    flag += 1
    other = False
    other = other or 0
    return flag, other, type(flag).__name__

print(bool_is_not_int())
