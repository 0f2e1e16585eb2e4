class DataDesc:
    def __get__(self, inst, owner):
        return "data descriptor"
    def __set__(self, inst, value):
        print("DataDesc.__set__", value)
class NonDataDesc:
    def __get__(self, inst, owner):
        return "non-data descriptor"
class C:
    data = DataDesc()
    nondata = NonDataDesc()
    plain = "class attribute"
c = C()
c.__dict__.update(data="instance data", nondata="instance nondata", plain="instance plain", own="instance only")
print(c.data)      # step 2: data descriptor wins over the instance dict
print(c.nondata)   # step 3: instance dict wins over non-data descriptor
print(c.plain)     # step 3: instance dict wins over a plain class attribute
print(c.own)
del c.__dict__["nondata"], c.__dict__["plain"]
print(c.nondata)   # step 4
print(c.plain)     # step 5
try:
    c.missing      # step 6
except AttributeError as e:
    print("AttributeError:", e)
c.data = "assigned"
print(c.__dict__["data"])
