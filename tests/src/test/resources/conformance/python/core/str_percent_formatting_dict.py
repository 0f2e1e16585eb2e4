data = {"name": "Ann", "age": 30, "score": 91.456}
print("%(name)s is %(age)d" % data)
print("%(score).1f / %(score)8.2f|" % data)
print("%(name)r %(name)s %(name)-6s|" % data)
try:
    print("%(missing)s" % data)
except KeyError as e:
    print("KeyError:", e)
print("%s" % {"a": 1})
