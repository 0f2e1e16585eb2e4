class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__)
print(s + [5], type(s + [5]).__name__, type(s[1:]).__name__, type(s * 2).__name__)
s += [9]
print(type(s).__name__, s)
class Logged(list):
    def append(self, x):
        print("Logged.append", x)
        super().append(x)
    def __getitem__(self, i):
        print("Logged.__getitem__", i)
        return super().__getitem__(i)
l = Logged()
l.append(1)
l.extend([2, 3])
print(l[0], list(l), l == [1, 2, 3])
print([k.__name__ for k in Stack.__mro__], isinstance(s, list))
class WithInit(list):
    def __init__(self, *items):
        super().__init__(items)
print(WithInit(1, 2, 3))
