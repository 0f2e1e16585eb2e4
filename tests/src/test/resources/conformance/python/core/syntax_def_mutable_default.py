def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)
def count_calls(cache={}):
    cache["n"] = cache.get("n", 0) + 1
    return cache["n"]
print(count_calls(), count_calls(), count_calls())
