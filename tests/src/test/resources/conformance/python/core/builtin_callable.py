class WithCall:
    def __call__(self):
        return "called"
class Without:
    pass
def f(): pass
print(callable(f), callable(lambda: 0), callable(len), callable(int), callable(WithCall))
print(callable(WithCall()), callable(Without()), callable(5), callable("s"), callable(None))
print(callable([].append), callable(str.upper), callable(print))
print(WithCall()())
