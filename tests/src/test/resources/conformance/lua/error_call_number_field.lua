local obj = { count = 3 }
print("count", obj.count)
print(pcall(function() return obj.count() end))
obj.count = obj.count + 1
obj.count()
