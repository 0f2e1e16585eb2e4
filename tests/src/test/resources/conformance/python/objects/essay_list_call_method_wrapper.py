# list.__call__ is type's __call__ bound to list (its repr has an address;
# print its type instead).
c = list.__call__
print(type(c).__name__)
print(c())
print(c("abc"))
print(c.__self__ is list, c.__name__)
print(type.__call__(list, (1, 2)))
print(type.__dict__['__call__'].__get__(list, type)([3]))
print(type(type.__dict__['__call__']).__name__)
